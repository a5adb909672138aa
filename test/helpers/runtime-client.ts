/**
 * The SDK runtime's APIClient pointed at a local test server, as the runtime
 * tests construct it: a bearer key they can look for in logs and errors.
 */
import { APIClient, type AuthScheme, type ClientOptions } from "../../templates/client/core/client.js";

export const TEST_API_KEY = "sk-secret-123";

export function runtimeClient(baseUrl: string, options: ClientOptions = {}, auth: AuthScheme = { type: "bearer" }): APIClient {
  return new APIClient({ apiKey: TEST_API_KEY, baseUrl, ...options }, { name: "Test", baseUrl: "http://unused", auth });
}
