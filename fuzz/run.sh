#!/usr/bin/env bash
# Fuzz the libraries: fuzz/run.sh TARGET SECONDS [--builtin]
#   TARGET   yaml, form, response, answer, csv, or all (each for SECONDS)
#   --builtin  use survey-fuzz's own mutation loop instead of libFuzzer
#   fuzz/run.sh --smoke   every target for 10 s (what .ci/run does)
#
# With libFuzzer (the default when `swiftc -sanitize=fuzzer` works with the toolchain), the
# library modules are built instrumented into .build-fuzz/ and linked with
# fuzz/LibFuzzerEntry.swift; the corpus grows in .build-fuzz/corpus/TARGET. Either way a
# crashing or hanging input is kept in fuzz/crashes/TARGET/, and the script exits 1 when
# there is one. Reproduce one with: swift run survey-fuzz TARGET fuzz/crashes/TARGET/FILE
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
export SWIFT_BACKTRACE=enable=no

targets=(yaml form response answer csv)
mode=libfuzzer
if [ "${1:-}" = "--smoke" ]; then
    selected=("${targets[@]}")
    seconds=10
else
    [ $# -ge 2 ] || { sed -n '2,11p' "$0"; exit 64; }
    if [ "$1" = all ]; then selected=("${targets[@]}"); else selected=("$1"); fi
    seconds=$2
    [ "${3:-}" = "--builtin" ] && mode=builtin
fi
for target in "${selected[@]}"; do
    [[ " ${targets[*]} " == *" $target "* ]] || { echo "no target '$target'; the targets are ${targets[*]}" >&2; exit 64; }
done

build_libfuzzer() {
    swift build -c release --build-path .build-fuzz --sanitize fuzzer --target SurveyFuzz >&2 || return 1
    local objects=()
    for module in SurveyText SurveyYAML SurveyForm SurveyResponses SurveyRunner SurveyCoder SurveyFuzz; do
        objects+=(.build-fuzz/release/"$module".build/*.o)
    done
    swiftc -O -sanitize=fuzzer -parse-as-library fuzz/LibFuzzerEntry.swift \
        -I .build-fuzz/release/Modules -I Sources/CYAML -Xcc -fmodule-map-file=Sources/CYAML/module.modulemap \
        -I Sources/CStemmer -Xcc -fmodule-map-file=Sources/CStemmer/module.modulemap \
        "${objects[@]}" -lyaml -lstemmer -o .build-fuzz/survey-libfuzzer >&2 || return 1
}

if [ "$mode" = libfuzzer ] && ! build_libfuzzer; then
    echo "libFuzzer could not be built with this toolchain; using survey-fuzz's own mutation loop." >&2
    mode=builtin
fi
if [ "$mode" = builtin ]; then
    swift build -c release --product survey-fuzz >&2
fi

found=0
for target in "${selected[@]}"; do
    crashes="fuzz/crashes/$target"
    mkdir -p "$crashes"
    before=$(ls "$crashes" | wc -l)
    if [ "$mode" = libfuzzer ]; then
        corpus=".build-fuzz/corpus/$target"
        mkdir -p "$corpus"
        log=$(mktemp)
        SURVEY_FUZZ_TARGET=$target SURVEY_FUZZ_SEEDS="$corpus" .build-fuzz/survey-libfuzzer "$corpus" \
            -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=4096 \
            -artifact_prefix="$crashes/" -print_final_stats=1 >"$log" 2>&1 || true
        runs=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log")
        coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
        echo "$target: ${runs:-?} inputs in $seconds s with libFuzzer (${coverage:-cov: ?}); corpus $(ls "$corpus" | wc -l) files"
        if [ -z "$runs" ]; then tail -30 "$log" >&2; fi
        rm -f "$log"
    else
        .build/release/survey-fuzz "$target" --seconds "$seconds" --crashes "$crashes" || true
    fi
    after=$(ls "$crashes" | wc -l)
    if [ "$after" -gt "$before" ]; then
        echo "$target: $((after - before)) new crashing or hanging input(s) in $crashes:" >&2
        ls -t "$crashes" | head -n $((after - before)) >&2
        found=1
    fi
done
exit $found
