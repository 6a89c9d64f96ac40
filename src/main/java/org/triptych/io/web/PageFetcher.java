package org.triptych.io.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import javax.net.ssl.SSLException;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Fetches one web page for import, with the limits a desktop tool needs against the open web: a time limit on
 * connecting, on each read and on the whole call; at most {@value #DEFAULT_MAX_REDIRECTS} redirects, each checked
 * to stay on http or https; a size cap ({@value #DEFAULT_MAX_MB} MB, checked against Content-Length and again while
 * reading); only HTML is accepted (Content-Type text/html or application/xhtml+xml, or, where a server sends none,
 * bytes that start like HTML); no cookie is sent or kept. Every failure is a {@link WebFetchException} with one
 * sentence for a person.
 */
public final class PageFetcher {

    public static final int DEFAULT_MAX_MB = 50;
    public static final int DEFAULT_MAX_REDIRECTS = 5;
    private static final String USER_AGENT = "Triptych (article import)";

    private final OkHttpClient client;
    private final Duration timeout;
    private final long maxBytes;
    private final int maxRedirects;
    private final Clock clock;

    /** Production limits: 15 s to connect or between reads, 60 s for the whole page, 50 MB, 5 redirects. */
    public PageFetcher() {
        this(new OkHttpClient(), Duration.ofSeconds(60), DEFAULT_MAX_MB * 1024L * 1024L, DEFAULT_MAX_REDIRECTS,
                Clock.systemUTC());
    }

    public PageFetcher(OkHttpClient base, Duration timeout, long maxBytes, int maxRedirects, Clock clock) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.maxBytes = maxBytes;
        this.maxRedirects = maxRedirects;
        this.clock = Objects.requireNonNull(clock, "clock");
        Duration step = timeout.compareTo(Duration.ofSeconds(15)) < 0 ? timeout : Duration.ofSeconds(15);
        this.client = base.newBuilder()
                .followRedirects(false) // followed here, counted and checked
                .followSslRedirects(false)
                .cookieJar(CookieJar.NO_COOKIES)
                .connectTimeout(step)
                .readTimeout(step)
                .writeTimeout(step)
                .callTimeout(timeout)
                .build();
    }

    public FetchedPage fetch(String address) throws WebFetchException {
        HttpUrl url = HttpUrl.parse(address == null ? "" : address.strip());
        if (url == null) {
            throw new WebFetchException("'" + address + "' is not a web address: it must start with http:// or https://.");
        }
        URI requested = url.uri();
        for (int hop = 0; ; hop++) {
            Request request = new Request.Builder().url(url)
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
                    .build();
            try (Response response = client.newCall(request).execute()) {
                if (response.isRedirect()) {
                    String location = response.header("Location");
                    HttpUrl next = location == null ? null : url.resolve(location);
                    if (next == null) {
                        throw new WebFetchException(address + ": the site sent a redirect to an address that is not "
                                + "http or https (" + location + "); open the page in your browser and save it.");
                    }
                    if (hop + 1 > maxRedirects) {
                        throw new WebFetchException(address + ": the site redirected more than " + maxRedirects
                                + " times (it may be sending the address round in a loop); open it in your browser "
                                + "and use the address it ends at, or save the page.");
                    }
                    url = next;
                    continue;
                }
                return page(address, requested, url, response);
            } catch (InterruptedIOException e) {
                throw new WebFetchException(address + ": the site did not answer within " + seconds(timeout)
                        + " seconds; try again later, or save the page from your browser and open the file.", e);
            } catch (UnknownHostException e) {
                throw new WebFetchException(address + ": the site " + url.host() + " could not be found; check the "
                        + "address and the network connection.", e);
            } catch (ConnectException e) {
                throw new WebFetchException(address + ": could not connect to " + url.host() + "; check the address "
                        + "and the network connection.", e);
            } catch (SSLException e) {
                throw new WebFetchException(address + ": the site's secure connection could not be verified, so "
                        + "nothing was read; open it in your browser and save the page.", e);
            } catch (IOException e) {
                throw new WebFetchException(address + ": the connection broke off while reading the page; try again.", e);
            }
        }
    }

    private FetchedPage page(String address, URI requested, HttpUrl url, Response response)
            throws IOException, WebFetchException {
        int code = response.code();
        if (code >= 400) {
            throw new WebFetchException(address + ": " + statusProblem(code));
        }
        if (code < 200 || code >= 300) {
            throw new WebFetchException(address + ": the site answered with HTTP " + code + " and no page; "
                    + "open it in your browser and save the page.");
        }
        ResponseBody body = response.body();
        MediaType type = body.contentType();
        long declared = body.contentLength();
        if (declared > maxBytes) {
            throw tooLarge(address, declared);
        }
        byte[] bytes = read(address, body.byteStream());
        String contentType = type == null ? "" : type.type() + "/" + type.subtype();
        if (!isHtml(contentType, bytes)) {
            throw new WebFetchException(address + ": the address gives " + describe(contentType)
                    + ", not a web page; download the file and open it, or give the address of the article's page.");
        }
        String charset = type == null || type.charset() == null ? null : type.charset().name();
        if (charset == null && type != null && type.parameter("charset") != null) {
            charset = type.parameter("charset"); // a name Java does not know: the page's own tag or a guess decides
        }
        return new FetchedPage(requested, url.uri(), clock.instant(), contentType, charset, bytes);
    }

    private byte[] read(String address, InputStream in) throws IOException, WebFetchException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) >= 0; ) {
            total += n;
            if (total > maxBytes) {
                throw tooLarge(address, -1);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private WebFetchException tooLarge(String address, long size) {
        return new WebFetchException(address + ": the page is " + (size > 0 ? String.format(Locale.ROOT, "%.0f MB",
                size / 1048576.0) : "larger than " + maxBytes / 1048576 + " MB") + "; Triptych fetches pages up to "
                + maxBytes / 1048576 + " MB. Save the article alone from your browser and open that.");
    }

    private static String statusProblem(int code) {
        return switch (code) {
            case 404, 410 -> "the site has no page at this address (HTTP " + code + "); check the address.";
            case 401, 403 -> "the site refused to give the page (HTTP " + code + "): it may need a login or refuse "
                    + "programs; open it in your browser, save the page and open the file.";
            case 429 -> "the site asks for fewer requests (HTTP 429); wait a few minutes and try again.";
            default -> code >= 500
                    ? "the site had a server error (HTTP " + code + "); try again later."
                    : "the site refused the request (HTTP " + code + "); open it in your browser and save the page.";
        };
    }

    static boolean isHtml(String contentType, byte[] bytes) {
        String t = contentType.toLowerCase(Locale.ROOT);
        if (t.equals("text/html") || t.equals("application/xhtml+xml")) {
            return true;
        }
        if (!t.isEmpty() && !t.equals("application/octet-stream")) {
            return false;
        }
        // no type given: HTML if it starts like HTML
        String head = new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<?xml") && head.contains("<html");
    }

    private static String describe(String contentType) {
        String t = contentType.toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.equals("application/octet-stream")) {
            return "a file that is not HTML";
        }
        if (t.equals("application/pdf")) {
            return "a PDF (" + t + ")";
        }
        if (t.startsWith("image/")) {
            return "an image (" + t + ")";
        }
        if (t.contains("json")) {
            return "data (" + t + ")";
        }
        return "'" + t + "'";
    }

    private static long seconds(Duration d) {
        return Math.max(1, d.toSeconds());
    }
}
