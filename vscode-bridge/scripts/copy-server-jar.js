// Copies the gilscan jar built by Maven (../cli/target/gilscan.jar) into server/gilscan.jar,
// where the extension looks for it, before `vsce package` bundles it into the .vsix.
'use strict';
const fs = require('fs');
const path = require('path');

const source = path.resolve(__dirname, '..', '..', 'cli', 'target', 'gilscan.jar');
const targetDir = path.resolve(__dirname, '..', 'server');
const target = path.join(targetDir, 'gilscan.jar');

if (!fs.existsSync(source)) {
  console.error(
    `gilscan: ${source} is missing, so there is no server to bundle into the extension.\n` +
      'Build it first, from the root of the gilscan checkout:\n' +
      '    ./gilscan --version\n' +
      'or\n' +
      '    mvn -B -q package -DskipTests\n' +
      'then run `npm run package` again.'
  );
  process.exit(1);
}
fs.mkdirSync(targetDir, { recursive: true });
fs.copyFileSync(source, target);
console.log(`gilscan: bundled ${path.relative(process.cwd(), source)} as ${path.relative(process.cwd(), target)}`);
