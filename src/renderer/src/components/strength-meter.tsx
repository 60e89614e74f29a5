/**
 * The advisory strength meter. The bar is decoration; the words carry the meaning (colour
 * is never the only signal) and describe the passphrase input through `id`.
 */
import { METER_SEGMENTS, type StrengthView } from '../lib/strength';

export function StrengthMeter({ view, id }: { view: StrengthView; id: string }) {
  const segments = Array.from({ length: METER_SEGMENTS }, (_, i) => i < view.filled);
  return (
    <div className={`meter meter-${view.tone}`}>
      <div className="meter-bar" aria-hidden="true">
        {segments.map((filled, i) => (
          <span key={i} className={filled ? 'meter-segment is-filled' : 'meter-segment'} />
        ))}
      </div>
      <p className="meter-text" id={id}>
        {view.label ? (
          <>
            <span className="meter-label">Strength: {view.label}.</span>
            {view.advice ? <span className="meter-advice"> {view.advice}</span> : null}
          </>
        ) : (
          <span className="meter-label meter-idle">Strength shows here as you type.</span>
        )}
      </p>
    </div>
  );
}
