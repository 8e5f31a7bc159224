// Preloaded (node --require) by test/diff/tokenize.test.ts: counts how often kuromoji's dictionary files
// are read in a process and reports it on stderr at exit, so a test can see whether a command loaded the
// dictionary and how many times, without changing the code under test.
const fs = require('node:fs');
const path = require('node:path');

let reads = 0;
const readFile = fs.readFile;
fs.readFile = function (file, ...rest) {
  if (typeof file === 'string' && file.includes(`kuromoji${path.sep}dict`)) reads++;
  return readFile.call(this, file, ...rest);
};
process.on('exit', () => process.stderr.write(`\ndictionary-reads=${reads}\n`));
