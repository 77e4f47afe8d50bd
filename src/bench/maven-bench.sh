#!/usr/bin/env bash
# What the goal costs a user, measured in real Maven builds: each case is a generated Maven project that
# binds iam-policy:check, built with a cold JVM each time, once with -Diam-policy.skip and once without;
# the difference of the medians is the time the goal adds. The thousands-of-files cases are compared with
# one pass of Jackson's streaming parser over the same files (a fresh JVM too), and the largest case is
# built again with MAVEN_OPTS=-Xmx256m to show the heap does not grow with the number of files.
#
# Usage: src/bench/maven-bench.sh [--runs N] [--sizes 1000,10000,100000] [--no-install]
# Writes target/benchmarks/maven.md (a Markdown table with date and machine) and prints it.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"

runs=5
sizes="1000,10000,100000"
install=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --no-install) install=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

corpus="$root/src/test/resources/corpus/real"
seed="$root/src/test/resources/reference/seed-self-manage.json"
bench="$root/target/bench"
out="$root/target/benchmarks/maven.md"
version="$(./mvnw -q -B help:evaluate -Dexpression=project.version -DforceStdout)"

if [ "$install" = 1 ]; then
  ./mvnw -q -B install -DskipTests -Dinvoker.skip=true
fi
./mvnw -q -B test-compile -Dinvoker.skip=true
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$bench/cp.txt" >/dev/null
cp="$root/target/test-classes:$root/target/classes:$(cat "$bench/cp.txt")"

gen() { # name count [seed]
  rm -rf "${bench:?}/$1"
  java -cp "$cp" io.github.iampolicy.bench.BenchProjects "$corpus" "$bench/$1" "$2" "$version" ${3:+"$3"}
}

now_ms() { date +%s%3N; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# one cold Maven build of a project; prints its wall time in ms
build_ms() { # dir extra-args...
  local dir="$1"; shift
  local t0 t1
  t0=$(now_ms)
  "$root/mvnw" -o -q -B -f "$dir/pom.xml" verify "$@" >"$bench/last.log" 2>&1 || {
    cat "$bench/last.log" >&2; echo "build failed in $dir" >&2; exit 1; }
  t1=$(now_ms)
  echo $((t1 - t0))
}

# alternates skip and check runs so that machine noise hits both alike
added_ms() { # dir runs -> "skip_median check_median"
  local dir="$1" n="$2" i
  local s=() c=()
  build_ms "$dir" -Diam-policy.skip >/dev/null   # warm the file cache and the local repository
  for ((i = 0; i < n; i++)); do
    s+=("$(build_ms "$dir" -Diam-policy.skip)")
    c+=("$(build_ms "$dir")")
  done
  echo "$(printf '%s\n' "${s[@]}" | median) $(printf '%s\n' "${c[@]}" | median)"
}

parse_only_ms() { # dir runs
  local i v=()
  for ((i = 0; i < $2; i++)); do
    v+=("$(java -cp "$cp" io.github.iampolicy.bench.ParseOnly "$1/src/main/resources" | cut -d' ' -f1)")
  done
  printf '%s\n' "${v[@]}" | median
}

mkdir -p "$(dirname "$out")"
{
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB," \
       "Java $(java -version 2>&1 | head -1 | cut -d'"' -f2), Maven 3.9.11 (wrapper), plugin $version;" \
       "medians of $runs cold builds each."
  echo
  echo "| Case | Files | Build with skip (ms) | Build with check (ms) | Added by the goal (ms) | Jackson parse-only (ms) | Added / parse-only |"
  echo "|---|---|---|---|---|---|---|"
} >"$out"

row() { # label name files with-parse-ratio
  local r skip check added ratio="–" parse="–"
  r=$(added_ms "$bench/$2" "$runs"); skip=${r% *}; check=${r#* }
  added=$(awk -v a="$check" -v b="$skip" 'BEGIN {printf "%.0f", a - b}')
  if [ "$4" = 1 ]; then
    parse=$(parse_only_ms "$bench/$2" "$runs")
    ratio=$(awk -v a="$added" -v b="$parse" 'BEGIN {printf "%.1f×", a / b}')
  fi
  echo "| $1 | $3 | $skip | $check | $added | $parse | $ratio |" | tee -a "$out"
}

gen one 1 "$seed"
row "one policy (the seed)" one 1 0
gen twenty 20
row "twenty real policies" twenty 20 0
largest=""
for n in ${sizes//,/ }; do
  gen "files-$n" "$n"
  row "$n generated files (corpus cycled)" "files-$n" "$n" 1
  largest="$n"
done

if [ -n "$largest" ]; then
  # heap: the largest case with a small heap; GC logs show the live set after each collection
  t0=$(now_ms)
  if MAVEN_OPTS="-Xmx256m -Xlog:gc:file=$bench/gc.log" "$root/mvnw" -o -q -B -f "$bench/files-$largest/pom.xml" verify \
      >"$bench/heap.log" 2>&1; then
    verdict="completes"
  else
    verdict="FAILS ($(grep -m1 -o 'OutOfMemoryError[^"]*' "$bench/heap.log" || echo 'see target/bench/heap.log'))"
  fi
  t1=$(now_ms)
  live=$(grep -o -- '->[0-9]*M' "$bench/gc.log" | tr -d '>M-' | sort -n | tail -1)
  {
    echo
    echo "With MAVEN_OPTS=-Xmx256m, $largest files: $verdict in $((t1 - t0)) ms;" \
         "largest heap after a collection: ${live:-?} MB (whole Maven JVM)."
  } | tee -a "$out"
fi
echo
cat "$out"
