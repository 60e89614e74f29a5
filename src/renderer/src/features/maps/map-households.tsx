/**
 * Household outlines over the drawing, the same shapes as in the pictures: placed around
 * everyone in the household and never through a name (relationship-map-placement.ts), so they
 * can lie over the drawing without covering anything. They follow the map once a move ends.
 */
import { memo } from 'react';
import type { MapPlacement } from '../../../../shared/domain/relationship-map-placement';
import { householdsSvg } from '../../../../shared/domain/relationship-map-svg';

export const MapHouseholds = memo(function MapHouseholds({ placement }: { placement: MapPlacement }) {
  if (placement.households.size === 0) return null;
  return (
    <svg
      className="map-households"
      width={1}
      height={1}
      aria-hidden="true"
      dangerouslySetInnerHTML={{ __html: householdsSvg(placement) }}
    />
  );
});
