/**
 * The SDK on Node, loaded first by the package's Node entry (index.node.js,
 * through the `node` export condition). It installs what pays off only on
 * Node: undici's own abort in place of a signal per request, and shared
 * timeout lists in place of a timer per attempt. Importing it twice is
 * harmless.
 */
import { UndiciAttempt, dispatcherFor, isNodeFetch, type UndiciDispatcher } from "./attempt-undici.js";
import { clock } from "./deadline.js";
import { startDeadline, stopDeadline } from "./deadline-clock.js";
import { platform } from "./platform.js";

clock.start = startDeadline;
clock.stop = stopDeadline;
platform.node = {
  isNodeFetch,
  dispatcherFor,
  attempt: (timeoutMs, userSignal, dispatcher) => new UndiciAttempt(timeoutMs, userSignal, dispatcher as UndiciDispatcher),
};
