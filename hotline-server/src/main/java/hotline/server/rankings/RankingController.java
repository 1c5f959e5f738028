package hotline.server.rankings;

import hotline.model.RankingDto;
import hotline.model.UnitKind;
import hotline.server.clocks.WorkCalendar;
import hotline.server.http.ApiException;
import hotline.server.http.Requests;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code GET /api/v1/rankings?month=YYYY-MM&kind=SUB_DISTRICT[&format=csv]} and the drill-down
 * {@code GET /api/v1/rankings/cases?month=&unit=&measure=[&after=&limit=]}. Month defaults to the current one
 * (Beijing time), kind to SUB_DISTRICT.
 */
public final class RankingController {
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final String[] CSV_HEADER = {"rank", "unitCode", "unitName", "cases", "responded", "responseRate",
        "evaluated", "resolved", "resolutionRate", "satisfied", "basically", "satisfactionRate", "score", "returned"};

    private final RankingService rankings;
    private final Clock clock;

    public RankingController(RankingService rankings, Clock clock) {
        this.rankings = rankings;
        this.clock = clock;
    }

    public void list(Context ctx) {
        YearMonth month = month(ctx);
        UnitKind kind = Requests.enumParam(ctx, "kind", UnitKind.class);
        UnitKind chosen = kind == null ? UnitKind.SUB_DISTRICT : kind;
        List<RankingDto> lines = rankings.rankings(month, chosen);
        String format = Requests.param(ctx, "format");
        if (format == null || format.equals("json")) {
            ctx.json(lines);
        } else if (format.equals("csv")) {
            ctx.contentType("text/csv; charset=utf-8");
            ctx.header("Content-Disposition", "attachment; filename=\"rankings-" + month + "-" + chosen + ".csv\"");
            ctx.result(csv(lines));
        } else {
            throw ApiException.badRequest("format must be json or csv");
        }
    }

    public void cases(Context ctx) {
        String unit = Requests.param(ctx, "unit");
        if (unit == null) {
            throw ApiException.badRequest("unit is required");
        }
        Measure measure = Requests.enumParam(ctx, "measure", Measure.class);
        if (measure == null) {
            throw ApiException.badRequest("measure is required");
        }
        ctx.json(rankings.cases(Requests.principal(ctx), month(ctx), unit, measure, Requests.param(ctx, "after"),
                Requests.intParam(ctx, "limit", 100)));
    }

    private YearMonth month(Context ctx) {
        String month = Requests.param(ctx, "month");
        if (month == null) {
            return YearMonth.now(clock.withZone(WorkCalendar.ZONE));
        }
        if (!MONTH.matcher(month).matches()) {
            throw ApiException.badRequest("month must look like 2026-11");
        }
        return YearMonth.parse(month);
    }

    /** UTF-8 with a byte order mark, so spreadsheet programs read the Chinese names right. */
    static String csv(List<RankingDto> lines) {
        StringWriter out = new StringWriter();
        out.write('\ufeff');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).build())) {
            for (RankingDto line : lines) {
                printer.printRecord(line.rank(), line.unitCode(), line.unitName(), line.cases(), line.responded(),
                        rate(line.responseRate()), line.evaluated(), line.resolved(), rate(line.resolutionRate()),
                        line.satisfied(), line.basically(), rate(line.satisfactionRate()), rate(line.score()), line.returned());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String rate(Double value) {
        return value == null ? "" : String.format(java.util.Locale.ROOT, "%.4f", value);
    }
}
