/** The first half of the diff fixtures through the library (test/helpers/diff-fixtures.ts). */
import { diffFixtureTests } from "./helpers/diff-fixtures.js";

diffFixtureTests(0);
