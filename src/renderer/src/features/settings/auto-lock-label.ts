/** How an automatic-lock choice reads in the list: 0 is "Never", 60 is "1 hour". */
export function autoLockLabel(minutes: number): string {
  if (minutes === 0) return 'Never';
  if (minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
