#!/bin/bash
# Saves killed at random moments (issue 13): tens of saves of a model of a few
# thousand elements onto an existing .ktm, each killed (SIGKILL) after a random
# delay spread over a save's measured duration. After each kill the target is
# byte for byte the old model or the new one and SQLite's integrity_check says
# ok; after the target is opened or the next save completes, no temporary file or
# journal of a save is left in the folder.
#
# Usage: killsave.sh KIENTRUC EXAMPLE.xml   (ctest passes both)
# KT_KILL_SEED (default: from the clock, printed) repeats a run; KT_KILL_TRIALS
# (default 30) sets the number of kills.
set -u
if ! command -v sqlite3 > /dev/null; then
    echo "killsave: SKIP: the sqlite3 shell is not installed (its integrity_check is the test)"
    exit 77
fi
cli=$1
example=$2
trials=${KT_KILL_TRIALS:-30}
seed=${KT_KILL_SEED:-$(( $(date +%s) % 32768 ))}
export KIENTRUC_LANG=en QT_QPA_PLATFORM=offscreen
echo "killsave: seed $seed (set KT_KILL_SEED=$seed to repeat), $trials trials"
RANDOM=$seed

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "killsave: FAIL: $*" >&2; exit 1; }

# A model of `copies` copies of the example's elements and relationships (ids
# made unique), as exchange XML: no generator to build, and two sizes give two
# different models.
generate() {
    local copies=$1 out=$2
    local elementsEnd relationsStart relationsEnd
    elementsEnd=$(grep -n '^  </elements>' "$example" | cut -d: -f1)
    relationsStart=$(grep -n '^  <relationships>' "$example" | cut -d: -f1)
    relationsEnd=$(grep -n '^  </relationships>' "$example" | cut -d: -f1)
    local elementsStart
    elementsStart=$(grep -n '^  <elements>' "$example" | cut -d: -f1)
    [ -n "$elementsEnd" ] && [ -n "$relationsEnd" ] || fail "unexpected layout of $example"
    rename() { sed -E "s/(identifier|source|target)=\"([^\"]*)\"/\1=\"\2-k$1\"/g"; }
    {
        sed -n "1,$((elementsEnd - 1))p" "$example"
        for k in $(seq 1 "$copies"); do
            sed -n "$((elementsStart + 1)),$((elementsEnd - 1))p" "$example" | rename "$k"
        done
        sed -n "${elementsEnd},$((relationsEnd - 1))p" "$example"
        for k in $(seq 1 "$copies"); do
            sed -n "$((relationsStart + 1)),$((relationsEnd - 1))p" "$example" | rename "$k"
        done
        sed -n "${relationsEnd},\$p" "$example"
    } > "$out"
}

mkdir "$work/in" "$work/target"
generate 20 "$work/in/a.xml"
generate 16 "$work/in/b.xml"
for m in a b; do
    "$cli" convert "$work/in/$m.xml" "$work/in/$m.ktm" > /dev/null || fail "cannot make $m.ktm"
done
# The references: what a completed save of each writes (a save is deterministic).
"$cli" convert "$work/in/a.ktm" "$work/in/ref-a.ktm" > /dev/null || fail "cannot save a"
"$cli" convert "$work/in/b.ktm" "$work/in/ref-b.ktm" > /dev/null || fail "cannot save b"
cmp -s "$work/in/ref-a.ktm" "$work/in/ref-b.ktm" && fail "the two models are the same"
target=$work/target/model.ktm
"$cli" convert "$work/in/a.ktm" "$target" > /dev/null || fail "cannot save the target"
cmp -s "$target" "$work/in/ref-a.ktm" || fail "saving the same model twice gave different files"

# How long opening the model takes, and the whole command (opening and saving):
# the best of three, in milliseconds. The kills are spread from half the opening
# time to the end of the save, so that most land in the save itself.
bestOf3() {
    local best= ms start
    for i in 1 2 3; do
        start=$(date +%s%N)
        "$@" > /dev/null || fail "$* failed"
        ms=$(( ($(date +%s%N) - start) / 1000000 ))
        if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
    done
    echo "$best"
}
opening=$(bestOf3 "$cli" info "$work/in/b.ktm") || exit 1
whole=$(bestOf3 "$cli" convert "$work/in/b.ktm" "$target") || exit 1
"$cli" convert "$work/in/a.ktm" "$target" > /dev/null || fail "save failed"
current=a
from=$(( opening / 2 ))
[ "$whole" -gt "$from" ] || whole=$(( from + 1 ))
echo "killsave: opening takes $opening ms, opening and saving $whole ms; kills spread over $from..$whole ms"

# Our files in the target folder besides the target: temporaries and journals.
leftovers() { ls -A "$work/target" | grep -v '^model\.ktm$'; }
killed=0
completed=0
leftBehind=0
started=$(date +%s)
for trial in $(seq 1 "$trials"); do
    if [ "$current" = a ]; then next=b; else next=a; fi
    delay=$(( from + RANDOM % (whole - from + 1) ))
    "$cli" convert "$work/in/$next.ktm" "$target" > /dev/null 2>&1 &
    pid=$!
    sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
    kill -KILL "$pid" 2> /dev/null
    { wait "$pid"; } 2> /dev/null
    status=$?
    if [ "$status" -eq 137 ]; then killed=$((killed + 1)); else completed=$((completed + 1)); fi
    if cmp -s "$target" "$work/in/ref-$current.ktm"; then
        now=$current
    elif cmp -s "$target" "$work/in/ref-$next.ktm"; then
        now=$next
    else
        fail "trial $trial (kill after $delay ms, exit $status): the target is neither the old model nor the new one"
    fi
    [ "$status" -eq 0 ] && [ "$now" != "$next" ] &&
        fail "trial $trial: the save exited 0 but the target is the old model"
    [ -n "$(leftovers)" ] && leftBehind=$((leftBehind + 1))
    check=$(sqlite3 -readonly "$target" 'PRAGMA integrity_check' 2>&1)
    [ "$check" = ok ] || fail "trial $trial: integrity_check says: $check"
    # Opening the target (every other trial) removes what the kill left; else the
    # next save that completes (of the other model) does.
    if [ $((trial % 2)) -eq 0 ]; then
        "$cli" info "$target" > /dev/null || fail "trial $trial: cannot open the target after the kill"
        left=$(leftovers)
        [ -z "$left" ] || fail "trial $trial (kill after $delay ms): left after opening: $left"
    fi
    if [ "$now" = a ]; then other=b; else other=a; fi
    "$cli" convert "$work/in/$other.ktm" "$target" > /dev/null || fail "trial $trial: the save after the kill failed"
    cmp -s "$target" "$work/in/ref-$other.ktm" || fail "trial $trial: the save after the kill wrote something else"
    left=$(leftovers)
    [ -z "$left" ] || fail "trial $trial (kill after $delay ms): left after the next save: $left"
    current=$other
done
echo "killsave: $trials trials in $(( $(date +%s) - started )) s: $killed killed during the save," \
     "$completed completed before the kill; $leftBehind kills left temporaries, removed by the next open or save;" \
     "old-or-new, integrity_check ok and nothing left every time"
[ "$killed" -gt 0 ] || fail "no save was killed: the delays are too long"
[ "$leftBehind" -gt 0 ] || echo "killsave: WARNING: no kill left a temporary file (none landed in the save)"
