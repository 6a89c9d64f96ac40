package org.triptych.mt;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.Proxy;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Logs OkHttp call events at DEBUG for diagnosing slow or failing providers. Deliberately logs only method,
 * host, path and status: OkHttp's own {@code Request.toString()} prints header values such as
 * {@code X-goog-api-key} and {@code Ocp-Apim-Subscription-Key} in clear, so it must never be logged.
 */
final class CallEventLog extends EventListener {

    private static final System.Logger LOG = System.getLogger(CallEventLog.class.getName());
    static final EventListener.Factory FACTORY = call -> LOG.isLoggable(Level.DEBUG) ? new CallEventLog() : EventListener.NONE;

    private static String where(Call call) {
        Request r = call.request();
        return r.method() + " " + r.url().scheme() + "://" + r.url().host() + ":" + r.url().port() + r.url().encodedPath();
    }

    @Override
    public void callStart(Call call) {
        LOG.log(Level.DEBUG, "call start {0}", where(call));
    }

    @Override
    public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
        LOG.log(Level.DEBUG, "connect {0}", where(call));
    }

    @Override
    public void responseHeadersEnd(Call call, Response response) {
        LOG.log(Level.DEBUG, "response {0} -> {1}", where(call), response.code());
    }

    @Override
    public void callFailed(Call call, IOException ioe) {
        LOG.log(Level.DEBUG, "call failed {0}: {1}", where(call), ioe.getClass().getSimpleName());
    }

    @Override
    public void canceled(Call call) {
        LOG.log(Level.DEBUG, "call cancelled {0}", where(call));
    }

    @Override
    public void callEnd(Call call) {
        LOG.log(Level.DEBUG, "call end {0}", where(call));
    }
}
