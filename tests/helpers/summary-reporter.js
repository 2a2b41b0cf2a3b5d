'use strict';

/**
 * Appends each jest run's counts to the file named by MC_TEST_SUMMARY, so that .ci/run can print
 * one closing line for the whole pipeline ("N passed, N failed"). Does nothing otherwise.
 */
const fs = require('fs');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.MC_TEST_SUMMARY;
    if (!file) return;
    const { numPassedTests, numFailedTests, numPendingTests } = results;
    fs.appendFileSync(file, `${numPassedTests} ${numFailedTests} ${numPendingTests}\n`);
  }
}

module.exports = SummaryReporter;
