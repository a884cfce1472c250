#!/usr/bin/env bash
# The benchmark of issue 8: builds an optimised binary with the benchmark
# programs (bench/), generates the data set once (cached by size and seed),
# runs every benchmark several times and prints one line per figure:
#   name  median  unit  budget  OK|OVER  [sqlite3 floor and our ratio to it]
# then a summary line. Figures of features not built yet show PENDING.
# Usage: scripts/bench.sh [--visits N] [--seed S] [--runs R] [--no-build]
# (--no-build measures the binaries already in build/bench/bin.)
set -euo pipefail
cd "$(dirname "$0")/.."

visits=100000
seed=1
runs=5
rebuild=1
while (($#)); do
    case "$1" in
        --visits) visits="${2:?--visits needs a number}"; shift 2 ;;
        --seed) seed="${2:?--seed needs a number}"; shift 2 ;;
        --runs) runs="${2:?--runs needs a number}"; shift 2 ;;
        --no-build) rebuild=0; shift ;;
        *) echo "usage: scripts/bench.sh [--visits N] [--seed S] [--runs R] [--no-build]" >&2; exit 2 ;;
    esac
done

scripts/deps.sh bench # the sqlite3 shell and LibreOffice measure the floors
build=build/bench
if ((rebuild)); then
    launcher=()
    if command -v ccache >/dev/null; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
    fi
    cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DVT_BUILD_BENCH=ON \
        -DVT_BUILD_TESTS=OFF "${launcher[@]}" >"$build.configure.log" 2>&1 \
        || { cat "$build.configure.log" >&2; exit 1; }
    cmake --build "$build" --parallel "$(nproc)" \
        --target visit-tracker bench_generate bench_data bench_search bench_gui bench_dashboard bench_documents bench_backup \
        >"$build.build.log" 2>&1 \
        || { grep -E -A5 'error|FAILED' "$build.build.log" | head -40 >&2; exit 1; }
fi
bin="$build/bin"
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 QT_LOGGING_RULES='qt.qpa.*=false'

# The data set, made once by the real command and kept; made again when the
# sources that decide its content change (their hash is kept beside the file;
# SyntheticGeneration.cpp only writes what the others make).
data_dir="$build/data"
data="$data_dir/visits-$visits-seed-$seed.sqlite"
generator="$(ls src/services/Synthetic* | grep -v SyntheticGeneration | xargs cat | sha1sum | cut -c1-12)"
mkdir -p "$data_dir"
if [[ ! -f "$data" || "$(cat "$data.generator" 2>/dev/null)" != "$generator" ]]; then
    rm -f "$data" "$data-wal" "$data-shm"
    rm -f "$data.part" "$data.part-wal" "$data.part-shm"
    echo "Generating $visits visits (seed $seed) into $data ..." >&2
    "$bin/visit-tracker" --database "$data.part" generate --visits "$visits" --seed "$seed" \
        | tee "$data.generate.txt" >&2
    mv "$data.part" "$data"
    echo "$generator" >"$data.generator"
fi

raw="$(mktemp)"
trap 'rm -f "$raw" "$build/generate-bench.sqlite"*' EXIT
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'),"\
     "$(free -g | awk '/Mem:/ {print $2}') GB; load: $(uptime | sed 's/.*load average: //')" >&2
echo "data set: $data ($(du -m "$data" | cut -f1) MB)" >&2

# Each run is a new process: cold start is per process, the rest median in-process.
for ((run = 1; run <= runs; run++)); do
    # (The offscreen platform's notes about size hints are noise.)
    import=()
    ((run <= 3)) && import=(--import)
    "$bin/bench_gui" --database "$data" "${import[@]}" >>"$raw" 2> >(grep -v propagateSizeHints >&2)
    "$bin/bench_data" --database "$data" "${import[@]}" >>"$raw"
    "$bin/bench_search" --database "$data" >>"$raw"
    "$bin/bench_dashboard" --database "$data" >>"$raw"
    "$bin/bench_documents" --runs 10 >>"$raw"
    # One verified copy of the whole data set (2.6 GB at 100,000 visits) per call.
    ((run == 1)) && "$bin/bench_backup" --database "$data" >>"$raw"
    ((run <= 3)) && "$bin/bench_generate" --database "$build/generate-bench.sqlite" \
        --visits 5000 --seed $((seed + run)) >>"$raw"
done
if [[ -f "$data.generate.txt" ]]; then
    # The one-off generation of the data set itself, as the command reported it.
    awk '/visits\/s/ {for (i = 1; i <= NF; i++) if ($(i) == "visits/s") print "FIGURE generate_dataset", $(i-1), "visits/s - info"}' \
        "$data.generate.txt" >>"$raw"
fi

# The floor: the same queries in the sqlite3 shell (.timer), in milliseconds.
# A first untimed statement reads the schema, as our program has done by then.
floor_ms() { # SQL on stdin; prints the sum of the statements' real times, median of 3
    local sql; sql="$(cat)"
    for _ in 1 2 3; do
        printf 'SELECT count(*) FROM sqlite_master;\n.timer on\n%s\n' "$sql" | sqlite3 "$data" 2>/dev/null \
            | awk '/^Run Time: real/ {s += $4} END {printf "%.3f\n", s * 1000}'
    done | sort -n | sed -n 2p
}
page="SELECT id, date, title, host_name, delegation_name, kind, status FROM visits"
first_page="SELECT count(*) FROM visits; $page ORDER BY date DESC, id DESC LIMIT 256 OFFSET 0;"
filters=()
for words in "dien chau" "long an" "kiem tra" "tuyen giao nghe an" "chi thi 05" "huyen uy"; do
    where=""
    for w in $words; do where+="${where:+ AND }search_fold LIKE '%$w%' ESCAPE '\\'"; done
    # One pass, as VisitCatalogue::matchingIds reads a filter on words: the
    # ids of every match in the list's order (their number is the count).
    # (counted, so that the shell's printing is not timed).
    filters+=("$(floor_ms <<<"SELECT count(*) FROM (SELECT id FROM visits WHERE $where ORDER BY date DESC, id DESC);")")
done
kind_rank="(CASE kind WHEN 'working' THEN 0 WHEN 'inspection' THEN 1 WHEN 'supervision' THEN 2 WHEN 'survey' THEN 3 END)"
status_rank="(CASE status WHEN 'planned' THEN 0 WHEN 'held' THEN 1 WHEN 'concluded' THEN 2 WHEN 'closed' THEN 3 WHEN 'cancelled' THEN 4 END)"
sorts=()
for order in "date" "title_fold" "host_fold" "delegation_fold" "$kind_rank ASC, date" "$status_rank ASC, date"; do
    sorts+=("$(floor_ms <<<"$page ORDER BY $order ASC, id ASC LIMIT 256 OFFSET 0;")")
done
visit_id="$(sqlite3 "$data" 'SELECT id FROM visits ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM visits)')"
load_sql="SELECT * FROM visits WHERE id = $visit_id;
SELECT * FROM attendees WHERE visit_id = $visit_id ORDER BY seq;
SELECT * FROM report_figures WHERE visit_id = $visit_id ORDER BY seq;
SELECT * FROM findings WHERE visit_id = $visit_id ORDER BY seq;
SELECT * FROM indicators WHERE visit_id = $visit_id ORDER BY seq;
SELECT * FROM recommendations WHERE visit_id = $visit_id ORDER BY seq;
SELECT rf.* FROM recommendation_findings rf JOIN recommendations r ON r.id = rf.recommendation_id WHERE r.visit_id = $visit_id;
SELECT u.* FROM follow_up_updates u JOIN recommendations r ON r.id = u.recommendation_id WHERE r.visit_id = $visit_id;"
# Search: the FTS5 statements of each query of bench_search (first page of the
# phrase, first page of the words, capped count), without the joins that fetch
# the hits' texts; p95 over the queries, as bench_search reports.
searches=()
while IFS= read -r statements; do
    searches+=("$(floor_ms <<<"$statements")")
done < <("$bin/bench_search" --floor-sql)
p95_of() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {i = int(NR * 0.95 + 0.999); print a[i < 1 ? 1 : i]}'; }
median_of() { printf '%s\n' "$@" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
# The PDF's floor is what offices use today: LibreOffice converting the same
# document (bench_documents --odt) to PDF, a new process each time as a user
# would run it, after one untimed run that creates its profile (kept apart).
odt_dir="$(mktemp -d)"
"$bin/bench_documents" --runs 1 --odt "$odt_dir/conclusion.odt" >/dev/null
soffice_ms() {
    local start end
    start=$(date +%s%N)
    soffice "-env:UserInstallation=file://$odt_dir/profile" --headless --convert-to pdf \
        --outdir "$odt_dir" "$odt_dir/conclusion.odt" >/dev/null 2>&1
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}
soffice_ms >/dev/null
soffice_runs=("$(soffice_ms)" "$(soffice_ms)" "$(soffice_ms)")
rm -rf "$odt_dir"
{
    echo "FLOOR pdf_conclusion_50 $(printf '%s\n' "${soffice_runs[@]}" | sort -n | sed -n 2p)"
    echo "FLOOR open_db_first_page $(floor_ms <<<"$first_page")"
    echo "FLOOR cold_start $(floor_ms <<<"$first_page")"
    echo "FLOOR list_filter $(median_of "${filters[@]}")"
    echo "FLOOR list_sort $(median_of "${sorts[@]}")"
    echo "FLOOR load_visit $(floor_ms <<<"$load_sql")"
    echo "FLOOR open_visit_editor $(floor_ms <<<"$load_sql")"
    echo "FLOOR search_findings $(p95_of "${searches[@]}")"
} >>"$raw"

# Every line measured, kept for a second look (the table below is medians).
cp "$raw" "$build/bench-last.txt"

# The table: the median of every figure over all runs, judged against its budget.
{
    cat "$raw"
    # Figures of features that are not built yet.
    for pending in "search_findings ms 50" \
                   "pdf_conclusion_50 ms 300"; do
        echo "PENDING $pending"
    done
} | awk '
    $1 == "FIGURE" { n = ++count[$2]; v[$2, n] = $3; unit[$2] = $4; budget[$2] = $5; dir[$2] = $6
                     if (!($2 in seen)) { seen[$2] = 1; order[++names] = $2 } }
    $1 == "FLOOR"  { f = ++fcount[$2]; fv[$2, f] = $3 }
    $1 == "PENDING" && !($2 in seen) { pend[++pending] = $2; punit[$2] = $3; pbudget[$2] = $4 }
    function med(name,   i, j, t, k) {
        k = count[name]
        for (i = 1; i <= k; i++) a[i] = v[name, i]
        return sorted_median(k)
    }
    function floor_med(name,   i, k) {
        k = fcount[name]
        for (i = 1; i <= k; i++) a[i] = fv[name, i]
        return sorted_median(k)
    }
    function sorted_median(k,   i, j, t) {
        for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
        return a[int((k + 1) / 2)]
    }
    END {
        printf "%-22s %10s %-9s %7s  %-7s %s\n", "figure", "median", "unit", "budget", "status", "floor (sqlite3 shell; SQLite C API for writes; LibreOffice for the PDF) / ratio"
        for (i = 1; i <= names; i++) {
            name = order[i]; m = med(name)
            if (dir[name] == "info") status = "INFO"
            else if (dir[name] == "max") status = (m <= budget[name] ? "OK" : "OVER")
            else status = (m >= budget[name] ? "OK" : "OVER")
            if (status == "OK") ok++; else if (status == "OVER") over++
            extra = ""
            # The floor in the unit of the figure; the ratio says how many
            # times slower than the floor (for a rate, floor / figure).
            fl = (name in fcount) ? floor_med(name) : 0
            if (fl > 0 && m > 0)
                extra = sprintf("%.2f %s / x%.1f", fl, unit[name], dir[name] == "min" ? fl / m : m / fl)
            printf "%-22s %10.2f %-9s %7s  %-7s %s   (%d runs)\n", name, m, unit[name], budget[name], status, extra, count[name]
        }
        for (i = 1; i <= pending; i++)
            printf "%-22s %10s %-9s %7s  %-7s\n", pend[i], "-", punit[pend[i]], pbudget[pend[i]], "PENDING"
        printf "summary: %d OK, %d OVER, %d PENDING\n", ok, over, pending
    }'
