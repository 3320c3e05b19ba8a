package com.sneakers.marketplace.local.lambda;

/** Something that can be invoked like a Lambda function: an event in, a response or an error out. */
@FunctionalInterface
public interface LambdaFunction {
    Invocation invoke(String event);

    /** The outcome of one invocation: the response payload, or the function's error. */
    record Invocation(boolean succeeded, String payload, String errorType, String errorMessage) {
        public static Invocation success(String payload) {
            return new Invocation(true, payload, null, null);
        }

        public static Invocation failure(String errorType, String errorMessage) {
            return new Invocation(false, null, errorType, errorMessage);
        }
    }
}
