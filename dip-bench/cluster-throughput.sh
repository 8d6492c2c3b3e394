#!/usr/bin/env bash
# Measures a Monte Carlo study on the local thread pool and on clusters of 1, 2 and 3 `dip worker` processes on
# this machine (127.0.0.1, free ports, one task thread per worker), and checks that every cluster report equals the
# local one. For each it prints the wall time, for the clusters the set-up time (joining, checks, the members building
# the study), the throughput in runs/s (for the clusters, after the set-up), and for the clusters the per-task
# overhead that `montecarlo --cluster` measures (the median round trip of a task without runs) against a task's
# compute.
#
# Usage: dip-bench/cluster-throughput.sh [RUNS] [DURATION]    (defaults: 400 runs of the configured length, 10 s)
# Uses the ./dip jar (building it when stale). The processes share this machine's cores: the point is the
# overhead and the identical reports, not a speed-up.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs="${1:-400}"
duration="${2:-10}"
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "cluster-throughput.sh: RUNS must be a positive integer, got '$runs'" >&2
  exit 2
fi
if ! [[ "$duration" =~ ^[0-9]+([.][0-9]+)?$ ]]; then
  echo "cluster-throughput.sh: DURATION must be a positive number of seconds, got '$duration'" >&2
  exit 2
fi
"$root/dip" --version >/dev/null
jar="$root/target/dip-launcher/dip.jar"
work="$(mktemp -d)"
workers=()
stop_workers() {
  for pid in "${workers[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${workers[@]}"; do wait "$pid" 2>/dev/null || true; done
  workers=()
}
trap 'stop_workers; rm -rf "$work"' EXIT
study=(montecarlo --controller classical_smc --runs "$runs" --duration "$duration" --seed 1)
free_ports() {
  python3 -c 'import socket
s=[socket.socket() for _ in range('"$1"')]
[x.bind(("127.0.0.1",0)) for x in s]
print(",".join("127.0.0.1:%d" % x.getsockname()[1] for x in s))'
}
# comparable FILE: the report without wall time and cluster bookkeeping
comparable() {
  python3 -c 'import json,sys
d=json.load(open(sys.argv[1])); d.pop("wall_time_s",None); d.pop("cluster",None)
print(json.dumps(d,sort_keys=True))' "$1"
}
field() { python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$1" "$2"; }

printf '%-22s %8s %8s %9s %12s %15s %9s %s\n' "where" "wall s" "setup s" "runs/s" "overhead ms" "task compute ms" \
  "overhead" "report"
for threads in 1 2; do
  java -jar "$jar" "${study[@]}" --threads "$threads" --json "$work/local-$threads.json" >/dev/null
  printf '%-22s %8.2f %8s %9.1f %12s %15s %9s %s\n' "local, $threads thread(s)" \
    "$(field "$work/local-$threads.json" 'd["wall_time_s"]')" - \
    "$(field "$work/local-$threads.json" 'd["runs_finished"]/d["wall_time_s"]')" - - - reference
done
for n in 1 2 3; do
  members="$(free_ports "$n")"
  cluster="dip-throughput-$$-$n"
  IFS=, read -r -a addresses <<<"$members"
  for address in "${addresses[@]}"; do
    java -jar "$jar" worker --cluster "$cluster" --bind "$address" --members "$members" --threads 1 \
      >"$work/worker-$n-${address##*:}.log" 2>&1 &
    workers+=("$!")
  done
  for address in "${addresses[@]}"; do
    until grep -qs '^joined cluster' "$work/worker-$n-${address##*:}.log"; do sleep 0.2; done
  done
  java -jar "$jar" "${study[@]}" --cluster "$cluster" --members "$members" --json "$work/cluster-$n.json" >/dev/null
  same="DIFFERS"
  [ "$(comparable "$work/local-1.json")" = "$(comparable "$work/cluster-$n.json")" ] && same="identical"
  printf '%-22s %8.2f %8.2f %9.1f %12.2f %15.1f %8.1f%% %s\n' "cluster, $n worker(s)" \
    "$(field "$work/cluster-$n.json" 'd["wall_time_s"]')" \
    "$(field "$work/cluster-$n.json" 'd["cluster"]["setup_s"]')" \
    "$(field "$work/cluster-$n.json" 'd["runs_finished"]/(d["wall_time_s"]-d["cluster"]["setup_s"])')" \
    "$(field "$work/cluster-$n.json" 'd["cluster"]["task_overhead_ms"]')" \
    "$(field "$work/cluster-$n.json" 'd["cluster"]["task_compute_ms"]')" \
    "$(field "$work/cluster-$n.json" 'd["cluster"]["overhead_percent"]')" "$same"
  stop_workers
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
