// Prints jest's --json results as the plain CI line "N passed, N failed" (exit 1 when any failed or none ran).
const fs = require('fs');
const file = process.argv[2];
if (!fs.existsSync(file)) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const r = JSON.parse(fs.readFileSync(file, 'utf8'));
const failed = r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
console.log(`${r.numPassedTests} passed, ${failed} failed`);
process.exit(failed > 0 || r.numPassedTests === 0 ? 1 : 0);
