/**
 * The error budget of one campaign on one instance (listmonk's MaxSendErrors, plus a rate): too
 * many failures in a row, or too high a share of failures among the last submissions, and the
 * campaign is paused with the reason shown, rather than burning through a list against a broken
 * gateway. A per-number refusal (unallocated, rejected) is a failure too, but a healthy campaign
 * has few of them.
 */
export function createErrorBudget({
  maxConsecutive,
  window,
  maxRate,
}: {
  maxConsecutive: number;
  window: number;
  maxRate: number;
}) {
  let consecutive = 0;
  const recent: boolean[] = [];
  let failures = 0;

  return {
    /** Records one submission's outcome; returns the reason when the budget is spent. */
    record(failed: boolean): string | null {
      consecutive = failed ? consecutive + 1 : 0;
      recent.push(failed);
      if (failed) failures += 1;
      if (recent.length > window && recent.shift()) failures -= 1;
      if (maxConsecutive > 0 && consecutive >= maxConsecutive) return `${consecutive} consecutive gateway errors`;
      if (recent.length >= window && failures / recent.length > maxRate) {
        return `${Math.round((failures / recent.length) * 100)}% of the last ${recent.length} submissions failed`;
      }
      return null;
    },
    reset() {
      consecutive = 0;
      recent.length = 0;
      failures = 0;
    },
  };
}
