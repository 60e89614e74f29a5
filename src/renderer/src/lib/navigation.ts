/**
 * Where the facilitator is: a small typed route, held by the shell and reachable from any
 * component (a search hit opens a note, a person link opens their page). No URL router: the
 * app is one window with no address bar, and routes carry ids, never case text.
 */
import { createContext, useContext } from 'react';

export const caseTabs = [
  'overview',
  'people',
  'preparation',
  'conference',
  'agreement',
  'maps',
  'notes',
] as const;
export type CaseTab = (typeof caseTabs)[number];

export type Route =
  | { area: 'cases' }
  | { area: 'today' }
  | { area: 'reports' }
  | { area: 'settings' }
  /** `meetingId` on the notes tab shows only that meeting's notes and links new ones to it. */
  | { area: 'case'; caseId: string; tab: CaseTab; noteId?: string; meetingId?: string }
  | { area: 'person'; personId: string; fromCaseId?: string }
  /** Run mode: the conference run sheet, full window. */
  | { area: 'run'; caseId: string };

/** The sidebar item that should look current for a route. */
export function sidebarAreaOf(route: Route): 'cases' | 'today' | 'reports' | 'settings' {
  return route.area === 'case' || route.area === 'person' || route.area === 'run' ? 'cases' : route.area;
}

export interface Navigation {
  route: Route;
  go(route: Route): void;
}

export const NavigationContext = createContext<Navigation>({ route: { area: 'cases' }, go: () => {} });

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}
