/** The token secret of test collaboration servers (never a real deployment's). */
export const TEST_SECRET = "integration-test-secret-of-sufficient-length";
