#!/usr/bin/env python3
"""Kills the riskreg browser with SIGKILL at random points of a save, N times (default 1000).

Each round: a fresh copy of the 2021/22 Q4 register; the browser adds a progress note, waits for
its recovery file, presses w and is killed 0-6 ms later (one round in ten is instead held just
before the rename by the test-only fault hook and killed there). Then the register must be
either the old bytes or a valid register holding the note, and the next start must leave no
temporary or lock file behind. The hook is compiled only into debug builds and builds made with
-Xswiftc -DRISKREG_FAULT_HOOKS (docs/reliability.md): with a binary without it the harness stops at
the first held round and says so. Usage: kill-during-save.py RISKREG_BINARY DATA_DIR [N]"""
import json
import os
import random
import shutil
import sys
import time

from browser import Browser, REGISTER, fresh_data, leftovers, recovery, wait_until


def main():
    binary, data = sys.argv[1], sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    original = open(os.path.join(data, REGISTER + ".json"), "rb").read()
    counts = {"old": 0, "new": 0, "bad": 0, "left behind after restart": 0, "held before rename": 0}
    for number in range(rounds):
        directory = fresh_data(data)
        path = os.path.join(directory, REGISTER + ".json")
        note = "kill test note %d" % number
        held = number % 10 == 0
        pause = os.path.join(directory, "paused") if held else None
        browser = Browser(binary, directory, "killer", {"RISKREG_FAULT_PAUSE_BEFORE_RENAME": pause} if held else None)
        browser.wait_for("help")
        browser.send("3p" + note + "\r")
        wait_until(lambda: os.path.exists(recovery(directory, "killer")))
        browser.send("w")
        if held:
            if not wait_until(lambda: os.path.exists(pause)):
                browser.kill()
                browser.wait()
                sys.exit("kill-during-save: the save was not held before its rename: this binary has no fault hook "
                         "(build it with -Xswiftc -DRISKREG_FAULT_HOOKS)")
            counts["held before rename"] += 1
        else:
            time.sleep(random.uniform(0, 0.006))
        browser.kill()
        browser.wait()
        after = open(path, "rb").read()
        if after == original:
            counts["old"] += 1
        else:
            try:
                entries = json.loads(after)["entries"]
                ok = any(item.get("text") == note for entry in entries for item in entry["progress"])
            except (ValueError, KeyError):
                ok = False
            counts["new" if ok else "bad"] += 1
            if not ok:
                print("round %d: the register is neither the old bytes nor the new register" % number)
        # The next start removes what the killed save left behind.
        restart = Browser(binary, directory, "killer")
        # The note is offered back when the kill came before the save finished.
        if restart.wait_for("Restore them?", "? help") == "Restore them?":
            restart.send("n")
        restart.send("q")
        restart.wait()
        if leftovers(directory):
            counts["left behind after restart"] += 1
            print("round %d: left behind: %s" % (number, leftovers(directory)))
        shutil.rmtree(directory)
    print("kill-during-save: %d rounds: %s" % (rounds, counts))
    sys.exit(1 if counts["bad"] or counts["left behind after restart"] else 0)


if __name__ == "__main__":
    main()
