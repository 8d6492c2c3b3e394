#!/usr/bin/env bash
# Compares dip's hot path with the C reference (src/c/dip_reference.c), measured in the same session:
#   - JMH ControllerBenchmark.computeControl (classical_smc) against the C classical_smc call;
#   - JMH ClosedLoopBenchmark.step (classical_smc) against the C closed-loop step, both restarting every 1000 steps
#     from the next of the same 1024 probe states (so that neither times a run decayed to the zero state);
#   - the whole process `./dip simulate --duration 36000 --dt 0.01 --sample-every 360000` against the C loop's
#     time for the same 3.6 M steps.
# Java and C alternate, ROUNDS times (default 3); the table gives the median of each figure and the ratios of
# the medians. Before timing, it checks that the C loop and `dip simulate` end a 10 s run in the same state
# (largest difference at most 1e-9), i.e. that both compute the same mathematics.
#
# Usage: dip-bench/compare-with-c.sh [ROUNDS]      (needs gcc; uses the ./dip jar, building it when stale)
# The JMH settings are 1 fork, 3 warm-up and 5 measured iterations of 1 s.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
rounds="${1:-3}"
if ! [[ "$rounds" =~ ^[1-9][0-9]*$ ]]; then
  echo "compare-with-c.sh: ROUNDS must be a positive integer, got '$rounds'" >&2
  exit 2
fi
reference="$("$here/src/c/build.sh")"
"$root/dip" --version >/dev/null
jar="$root/target/dip-launcher/dip.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# same mathematics: the end state of a 10 s run at dt = 0.01 s
java -jar "$jar" simulate --duration 10 --dt 0.01 --sample-every 1000 --csv "$work/java.csv" >/dev/null
java_end="$(tail -n 1 "$work/java.csv" | cut -d, -f2-7 | tr , ' ')"
c_end="$("$reference" loop 0.01 1000 | awk '/^final_state/ {print $2, $3, $4, $5, $6, $7}')"
difference="$(awk -v j="$java_end" -v c="$c_end" 'BEGIN {
  n = split(j, a, " "); split(c, b, " "); m = 0
  for (i = 1; i <= n; i++) { d = a[i] - b[i]; if (d < 0) d = -d; if (d > m) m = d }
  printf "%.3g", m }')"
echo "end state after 10 s: Java [$java_end]"
echo "                      C    [$c_end]"
echo "largest difference:   $difference"
if ! awk -v d="$difference" 'BEGIN { exit !(d <= 1e-9) }'; then
  echo "compare-with-c.sh: Java and C differ by more than 1e-9: not the same mathematics" >&2
  exit 1
fi

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for round in $(seq 1 "$rounds"); do
  echo "round $round of $rounds..." >&2
  "$reference" control 20000000 | awk '{ sub("ns_per_call=", "", $3); print $3 }' >>"$work/c-control"
  java -cp "$jar" org.openjdk.jmh.Main 'ClosedLoopBenchmark.step|ControllerBenchmark.computeControl' \
      -p controller=classical_smc -f 1 -wi 3 -w 1 -i 5 -r 1 -rf csv -rff "$work/jmh.csv" >/dev/null
  grep '"io.dip.bench.jmh.ControllerBenchmark.computeControl"' "$work/jmh.csv" | cut -d, -f5 >>"$work/java-control"
  grep '"io.dip.bench.jmh.ClosedLoopBenchmark.step"' "$work/jmh.csv" | cut -d, -f5 >>"$work/java-step"
  "$reference" steps 0.01 3600000 | awk '{ sub("ns_per_step=", "", $5); print $5 }' >>"$work/c-step"
  "$reference" loop 0.01 3600000 | awk '/^loop/ { sub("total_s=", "", $7); print $7 }' >>"$work/c-run"
  start="$(date +%s%N)"
  "$root/dip" simulate --duration 36000 --dt 0.01 --sample-every 360000 >/dev/null
  echo "$start $(date +%s%N)" | awk '{ printf "%.4f\n", ($2 - $1) / 1e9 }' >>"$work/java-run"
done

row() { # name unit java-file c-file
  local java c
  java="$(median <"$work/$3")"
  c="$(median <"$work/$4")"
  awk -v n="$1" -v u="$2" -v j="$java" -v c="$c" 'BEGIN { printf "| %-52s | %10.2f %-4s | %10.2f %-4s | %5.2f× |\n", n, j, u, c, u, j / c }'
}
echo
echo "median of $rounds rounds, Java and C alternating ($(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo "| what                                                 |         dip     |     C reference |  ratio |"
echo "|------------------------------------------------------|-----------------|-----------------|--------|"
row "ControllerBenchmark.computeControl (classical_smc)" ns java-control c-control
row "ClosedLoopBenchmark.step (classical_smc)" ns java-step c-step
row "simulate 36000 s at dt 0.01 (3.6 M steps), process" s java-run c-run
