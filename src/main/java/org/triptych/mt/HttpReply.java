package org.triptych.mt;

import okhttp3.Headers;

/** A finished HTTP exchange: status, headers and the body read in full. */
record HttpReply(int code, Headers headers, String body) {
    boolean isSuccessful() {
        return code >= 200 && code < 300;
    }

    String header(String name) {
        return headers.get(name);
    }
}
