/**
 * The lines of the drawing, from the same shared style and geometry as the exported picture:
 * ecomap ties and emotional lines run centre to centre (trimmed at the symbols) with their
 * patterns and arrows, or over people's heads when a straight line would cross them; genogram
 * couple and parent lines are drawn the conventional way (a U under the couple, children
 * hanging from its middle), so the editor looks like the printout.
 * Each line has an invisible wide path under it, so a thin line is easy to click.
 */
import { BaseEdge, EdgeLabelRenderer, useInternalNode, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { yearsText, type MapTie } from '../../../../shared/domain/relationship-map';
import {
  coupleLinePoints,
  coupleLineSvg,
  coupleWordsAt,
  overHeadsRoute,
  overHeadsSvg,
  parentLinePoints,
  polylinePath,
  polylineSvg,
} from '../../../../shared/domain/relationship-map-family-lines';
import {
  emotionalStyles,
  familyLineColour,
  tieQualityStyles,
  type LineStyle,
} from '../../../../shared/domain/relationship-map-style';
import { highlightColours } from '../../../../shared/domain/relationship-map-svg';
import {
  arrowhead,
  patternedLine,
  trim,
  type Point,
} from '../../../../shared/domain/relationship-map-svg-lines';

/** The drawn size of a person's symbol box in the editor; its centre is SYMBOL / 2 + 6 down. */
export const SYMBOL = 44;
/** From a symbol's centre to just outside it, where family lines start and end. */
const FAMILY_GAP = SYMBOL / 2 - 2;

export type TieData = {
  tie: MapTie;
  highlight?: 'added' | 'removed' | 'changed';
  /** Genogram parent line: the other parent, when the two are a couple (the line starts from their couple line). */
  coParentId?: string | null;
  /** Emotional line: its place among the map's emotional lines, to stagger those over people's heads. */
  lane?: number;
};
export type MapFlowEdge = Edge<TieData, 'tie' | 'family'>;

function lineStyleOf(tie: MapTie): LineStyle {
  switch (tie.kind) {
    case 'ecomap':
      return tieQualityStyles[tie.quality];
    case 'emotional':
      return emotionalStyles[tie.emotion];
    case 'couple':
    case 'parent':
      return { pattern: 'solid', colour: familyLineColour, width: 2 };
  }
}

function TieShape(props: {
  id: string;
  selected: boolean;
  highlight: TieData['highlight'];
  clickPath: string;
  svg: string;
  words: string;
  wordsAt: Point;
}) {
  return (
    <>
      <BaseEdge
        id={props.id}
        path={props.clickPath}
        interactionWidth={16}
        style={{ stroke: 'transparent' }}
      />
      <g
        className={props.selected ? 'map-tie map-tie-selected' : 'map-tie'}
        strokeDasharray={props.highlight === 'removed' ? '6 4' : undefined}
        dangerouslySetInnerHTML={{ __html: props.svg }}
      />
      {props.words ? (
        <EdgeLabelRenderer>
          <span
            className="map-tie-label"
            style={{
              transform: `translate(-50%, -50%) translate(${props.wordsAt.x}px, ${props.wordsAt.y}px)`,
            }}
          >
            {props.words}
          </span>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

/** An ecomap tie or an emotional line, centre to centre, with its pattern and arrows. */
const TieEdge = memo(function TieEdge(props: EdgeProps<MapFlowEdge>) {
  const { id, data, selected, sourceX, sourceY, targetX, targetY } = props;
  if (!data) return null;
  // The ends are the centre handles (React Flow works them out once per move for every tie;
  // asking for each person here as well made every tie re-check on every move).
  const [a, b] = trim({ x: sourceX, y: sourceY }, { x: targetX, y: targetY }, SYMBOL / 2 + 4, SYMBOL / 2 + 4);
  const { tie, highlight } = data;
  const style = highlight
    ? { ...lineStyleOf(tie), colour: highlightColours[highlight], width: 4 }
    : lineStyleOf(tie);
  const repaired = tie.kind === 'emotional' && tie.emotion === 'cut_off_repaired';
  const route =
    tie.kind === 'emotional'
      ? overHeadsRoute({ x: sourceX, y: sourceY }, { x: targetX, y: targetY }, FAMILY_GAP, data.lane ?? 0)
      : null;
  if (route) {
    const [p, q] = route.span;
    return (
      <TieShape
        id={id}
        selected={Boolean(selected)}
        highlight={highlight}
        clickPath={polylinePath([route.risers[0][0], p, q, route.risers[1][0]])}
        svg={overHeadsSvg(route, style, { repaired })}
        words={tie.label}
        wordsAt={{ x: (p.x + q.x) / 2, y: p.y - 8 }}
      />
    );
  }
  let svg = patternedLine(a, b, style, { repaired });
  if (tie.kind === 'ecomap' && tie.direction !== 'none') {
    svg += arrowhead(a, b, style.colour);
    if (tie.direction === 'both') svg += arrowhead(b, a, style.colour);
  }
  return (
    <TieShape
      id={id}
      selected={Boolean(selected)}
      highlight={highlight}
      clickPath={polylinePath([a, b])}
      svg={svg}
      words={tie.label}
      wordsAt={{ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }}
    />
  );
});

/** A genogram couple line (a U under both) or parent line (from the couple line down to the child). */
const FamilyEdge = memo(function FamilyEdge(props: EdgeProps<MapFlowEdge>) {
  const { id, data, selected, sourceX, sourceY, targetX, targetY } = props;
  // Only parent lines from a couple ask for a third person: few, and only on genograms.
  const coParent = useInternalNode(data?.coParentId ?? '');
  if (!data) return null;
  const { tie, highlight } = data;
  const colour = highlight ? highlightColours[highlight] : familyLineColour;
  const width = highlight ? 4 : 2;
  const a = { x: sourceX, y: sourceY };
  const b = { x: targetX, y: targetY };
  if (tie.kind === 'couple') {
    const line = coupleLinePoints(a, b, FAMILY_GAP, FAMILY_GAP);
    return (
      <TieShape
        id={id}
        selected={Boolean(selected)}
        highlight={highlight}
        clickPath={polylinePath(line.points)}
        svg={coupleLineSvg(tie, line, colour, width)}
        words={[yearsText(tie.startYear, tie.endYear), tie.label].filter(Boolean).join(' ')}
        wordsAt={coupleWordsAt(line)}
      />
    );
  }
  const co =
    data.coParentId && coParent
      ? {
          x: coParent.internals.positionAbsolute.x + (coParent.measured.width ?? SYMBOL) / 2,
          y: coParent.internals.positionAbsolute.y + SYMBOL / 2 + 6,
        }
      : null;
  const points = parentLinePoints(a, co, b, FAMILY_GAP, FAMILY_GAP);
  // Both parents' lines share the drop from the couple line; each one's click target also runs
  // down from its own parent, so either tie can be picked.
  const clickPoints = co ? [{ x: a.x, y: a.y + FAMILY_GAP }, { x: a.x, y: points[0]!.y }, ...points] : points;
  return (
    <TieShape
      id={id}
      selected={Boolean(selected)}
      highlight={highlight}
      clickPath={polylinePath(clickPoints)}
      svg={polylineSvg(points, { colour, width })}
      words={tie.label}
      wordsAt={points[2]!}
    />
  );
});

export const edgeTypes = { tie: TieEdge, family: FamilyEdge };
