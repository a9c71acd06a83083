import { verifyShapedStatements } from '../lib/shaped-statements.ts';

// Every test run checks that each shaped statement's builder reads its shape alone.
verifyShapedStatements();
