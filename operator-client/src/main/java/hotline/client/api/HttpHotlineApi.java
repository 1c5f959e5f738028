package hotline.client.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import hotline.model.CaseActionRequest;
import hotline.model.CaseCreatedDto;
import hotline.model.CaseDto;
import hotline.model.DeadLetterDto;
import hotline.model.RankingDto;
import hotline.model.UnitKind;
import java.time.YearMonth;
import hotline.model.CasePageDto;
import hotline.model.CategoryDto;
import hotline.model.CategoryHitDto;
import hotline.model.ErrorDto;
import hotline.model.EventDto;
import hotline.model.LoginRequest;
import hotline.model.LoginResponse;
import hotline.model.NewCaseRequest;
import hotline.model.RoutingPreviewDto;
import hotline.model.UnitDto;
import hotline.model.WorkloadDto;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** {@link HotlineApi} over HTTP with OkHttp and Jackson; one instance per server and logged-in user. */
public final class HttpHotlineApi implements HotlineApi {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final HttpUrl base;
    private final OkHttpClient http;
    private final ObjectMapper json;
    private volatile String token;
    private volatile Runnable onSessionExpired = () -> { };

    public HttpHotlineApi(String serverUrl) {
        this(serverUrl, new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(3)).readTimeout(Duration.ofSeconds(20))
                .callTimeout(Duration.ofSeconds(30)).build());
    }

    HttpHotlineApi(String serverUrl, OkHttpClient http) {
        HttpUrl parsed = HttpUrl.parse(serverUrl.strip());
        if (parsed == null) {
            throw new IllegalArgumentException("not an http(s) address: " + serverUrl);
        }
        this.base = parsed;
        this.http = http;
        this.json = mapper();
    }

    /** The one JSON configuration of the client: ISO instants, unknown fields ignored (newer servers add some). */
    public static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public OkHttpClient http() {
        return http;
    }

    public String token() {
        return token;
    }

    /** Called (on the calling thread) when the server refuses this session's token: it expired or was revoked. */
    public void onSessionExpired(Runnable callback) {
        this.onSessionExpired = callback;
    }

    public HttpUrl url(String path) {
        return base.newBuilder().encodedPath(path).build();
    }

    @Override
    public String serverUrl() {
        return base.toString();
    }

    @Override
    public LoginResponse login(String username, String password) {
        LoginResponse response = send(post("/api/v1/auth/login", new LoginRequest(username, password)), LoginResponse.class);
        this.token = response.token();
        return response;
    }

    @Override
    public void logout() {
        if (token != null) {
            send(post("/api/v1/auth/logout", null), Void.class);
            token = null;
        }
    }

    @Override
    public List<CategoryDto> categories() {
        return send(get(url("/api/v1/categories")), new TypeReference<>() { });
    }

    @Override
    public List<CategoryHitDto> suggest(String text, int limit) {
        HttpUrl url = url("/api/v1/categories/suggest").newBuilder().addQueryParameter("text", text)
                .addQueryParameter("limit", Integer.toString(limit)).build();
        return send(get(url), new TypeReference<>() { });
    }

    @Override
    public List<UnitDto> units() {
        return send(get(url("/api/v1/units")), new TypeReference<>() { });
    }

    @Override
    public RoutingPreviewDto previewRouting(String categoryCode, Double lat, Double lng, String subDistrictCode) {
        HttpUrl.Builder url = url("/api/v1/routing/preview").newBuilder().addQueryParameter("categoryCode", categoryCode);
        if (lat != null && lng != null) {
            url.addQueryParameter("lat", lat.toString()).addQueryParameter("lng", lng.toString());
        }
        if (subDistrictCode != null) {
            url.addQueryParameter("subDistrictCode", subDistrictCode);
        }
        return send(get(url.build()), RoutingPreviewDto.class);
    }

    @Override
    public CaseCreatedDto createCase(NewCaseRequest request, String idempotencyKey) {
        Request.Builder builder = post("/api/v1/cases", request);
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        return send(builder, CaseCreatedDto.class);
    }

    @Override
    public CasePageDto listCases(CaseQuery query) {
        HttpUrl.Builder url = url("/api/v1/cases").newBuilder().addQueryParameter("limit", Integer.toString(query.limit()));
        addIfSet(url, "status", query.status() == null ? null : query.status().name());
        addIfSet(url, "unit", query.unitCode());
        addIfSet(url, "category", query.categoryCode());
        addIfSet(url, "operator", query.operator());
        addIfSet(url, "phone", query.phone());
        addIfSet(url, "q", query.text());
        addIfSet(url, "cursor", query.cursor());
        return send(get(url.build()), CasePageDto.class);
    }

    @Override
    public CaseDto getCase(String id) {
        return send(get(url("/api/v1/cases/" + id)), CaseDto.class);
    }

    @Override
    public List<EventDto> events(String caseId) {
        return send(get(url("/api/v1/cases/" + caseId + "/events")), new TypeReference<>() { });
    }

    @Override
    public CaseDto act(String caseId, String action, CaseActionRequest body) {
        return send(post("/api/v1/cases/" + caseId + "/actions/" + action, body == null ? CaseActionRequest.empty() : body),
                CaseDto.class);
    }

    @Override
    public WorkloadDto workload() {
        return send(get(url("/api/v1/workload")), WorkloadDto.class);
    }

    @Override
    public List<RankingDto> rankings(YearMonth month, UnitKind kind) {
        HttpUrl url = url("/api/v1/rankings").newBuilder().addQueryParameter("month", month.toString())
                .addQueryParameter("kind", kind.name()).build();
        return send(get(url), new TypeReference<>() { });
    }

    @Override
    public String rankingsCsv(YearMonth month, UnitKind kind) {
        HttpUrl url = url("/api/v1/rankings").newBuilder().addQueryParameter("month", month.toString())
                .addQueryParameter("kind", kind.name()).addQueryParameter("format", "csv").build();
        return send(get(url), body -> new String(body, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public CasePageDto rankingCases(YearMonth month, String unitCode, String measure, String after, int limit) {
        HttpUrl.Builder url = url("/api/v1/rankings/cases").newBuilder().addQueryParameter("month", month.toString())
                .addQueryParameter("unit", unitCode).addQueryParameter("measure", measure)
                .addQueryParameter("limit", String.valueOf(limit));
        addIfSet(url, "after", after);
        return send(get(url.build()), CasePageDto.class);
    }

    @Override
    public List<DeadLetterDto> deadLetters() {
        return send(get(url("/api/v1/forwarding/dead-letters")), new TypeReference<>() { });
    }

    @Override
    public void resendDeadLetter(long id) {
        send(post("/api/v1/forwarding/dead-letters/" + id + "/resend", null), Void.class);
    }

    @Override
    public AutoCloseable live(LiveListener listener) {
        return new LiveFeedClient(this, json, listener);
    }

    private static void addIfSet(HttpUrl.Builder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.addQueryParameter(name, value);
        }
    }

    private Request.Builder get(HttpUrl url) {
        return authorised(new Request.Builder().url(url).get());
    }

    private Request.Builder post(String path, Object body) {
        try {
            byte[] bytes = body == null ? new byte[0] : json.writeValueAsBytes(body);
            return authorised(new Request.Builder().url(url(path)).post(RequestBody.create(bytes, JSON)));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + body, e);
        }
    }

    private Request.Builder authorised(Request.Builder builder) {
        String current = token;
        return current == null ? builder : builder.header("Authorization", "Bearer " + current);
    }

    private <T> T send(Request.Builder request, Class<T> type) {
        return send(request, body -> type == Void.class ? null : json.readValue(body, type));
    }

    private <T> T send(Request.Builder request, TypeReference<T> type) {
        return send(request, body -> json.readValue(body, type));
    }

    private interface Reader<T> {
        T read(byte[] body) throws IOException;
    }

    private <T> T send(Request.Builder request, Reader<T> reader) {
        try (Response response = http.newCall(request.build()).execute()) {
            ResponseBody body = response.body();
            byte[] bytes = body.bytes();
            if (!response.isSuccessful()) {
                if (response.code() == 401 && token != null) {
                    token = null;
                    onSessionExpired.run();
                }
                throw new ApiException(response.code(), error(response.code(), bytes));
            }
            return bytes.length == 0 ? null : reader.read(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unexpected answer from " + base + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ServerUnreachableException(base.toString(), e);
        }
    }

    private ErrorDto error(int status, byte[] body) {
        try {
            ErrorDto error = json.readValue(body, ErrorDto.class);
            return error.error() == null ? new ErrorDto("http_" + status, "HTTP " + status) : error;
        } catch (IOException e) {
            return new ErrorDto("http_" + status, "HTTP " + status);
        }
    }
}
