// Installs what the test suite needs that npm does not: nothing yet beyond
// the npm devDependencies (Prism, Redocly). Kept as the one place for it.
process.exit(0);
