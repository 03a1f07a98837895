#!/usr/bin/env python3
"""Races two riskreg browsers saving one register at the same moment, N times (default 1000).

Each round: a fresh copy of the 2021/22 Q4 register; two browsers (authors alice and bob) each add
a progress note to a different entry, wait until their recovery files hold it, then both get w
in the same instant. A browser whose save succeeded removes its recovery file; one that was
refused keeps it. A lost update is a round where both report success (or one did) and a note of
a successful saver is missing from the file. Usage: race-saves.py RISKREG_BINARY DATA_DIR [N]"""
import json
import os
import shutil
import sys

from browser import Browser, REGISTER, fresh_data, leftovers, recovery, wait_until


def notes_in(path):
    entries = json.load(open(path))["entries"]
    return {item["text"] for entry in entries for item in entry["progress"]}


def main():
    binary, data = sys.argv[1], sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    counts = {"one saved, one refused": 0, "both saved in turn": 0, "lost update": 0, "left behind": 0, "neither": 0}
    for number in range(rounds):
        directory = fresh_data(data)
        path = os.path.join(directory, REGISTER + ".json")
        savers = {"alice": ("3p", "alice note %d" % number), "bob": ("2j3p", "bob note %d" % number)}
        browsers = {}
        for author, (keys, note) in savers.items():
            browsers[author] = Browser(binary, directory, author)
        for author, browser in browsers.items():
            browser.wait_for("help")
            keys, note = savers[author]
            browser.send(keys + note + "\r")
        for author in browsers:
            wait_until(lambda: os.path.exists(recovery(directory, author)) and
                       savers[author][1] in open(recovery(directory, author)).read())
        for browser in browsers.values():
            browser.send("w")
        saved = {}
        for author, browser in browsers.items():
            # A refused save keeps its recovery file and asks to reload; a successful one removes it.
            settled = wait_until(lambda: not os.path.exists(recovery(directory, author)) or b"Reload" in browser.output
                                 or (browser.drain(0.01) or False), timeout=5)
            saved[author] = not os.path.exists(recovery(directory, author))
        present = notes_in(path)
        lost = [author for author, ok in saved.items() if ok and savers[author][1] not in present]
        if lost:
            counts["lost update"] += 1
            print("round %d: %s reported saved but the note is missing" % (number, lost))
        elif all(saved.values()):
            counts["both saved in turn"] += 1
        elif any(saved.values()):
            counts["one saved, one refused"] += 1
        else:
            counts["neither"] += 1
        for browser in browsers.values():
            browser.kill()
            browser.wait()
        if leftovers(directory):
            counts["left behind"] += 1
            print("round %d: left behind: %s" % (number, leftovers(directory)))
        shutil.rmtree(directory)
    print("race-saves: %d rounds: %s" % (rounds, counts))
    sys.exit(1 if counts["lost update"] or counts["left behind"] or counts["neither"] else 0)


if __name__ == "__main__":
    main()
