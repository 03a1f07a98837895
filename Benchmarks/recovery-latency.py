#!/usr/bin/env python3
"""How soon typing reaches the recovery file, and what it costs (issues 22 and 24).

Opens riskreg on a pseudo-terminal (120x40) on a copy of DATA (one big register), waits for it
to load, presses p (a progress note on the first entry) and types CHARS characters, one every
second. After each it times until the recovery file holds it, and at the end reports the median
and worst delay, the recovery file's size and the bytes riskreg wrote meanwhile (/proc/PID/io
wchar: every write() it made, the screen's included).

    swift build -c release --static-swift-stdlib --scratch-path .build-static
    .build-static/release/riskreg-bench generate /tmp/big10k --entries 10000
    python3 Benchmarks/recovery-latency.py .build-static/release/riskreg /tmp/big10k [CHARS]
"""
import fcntl, glob, os, pty, re, select, shutil, signal, statistics, struct, sys, tempfile, termios, time

binary, source = sys.argv[1:3]
chars = int(sys.argv[3]) if len(sys.argv) > 3 else 20
work = tempfile.mkdtemp(prefix="riskreg-recovery-latency-")
data = os.path.join(work, "data")
shutil.copytree(source, data)
env = {"TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "HOME": work,
       "XDG_CACHE_HOME": os.path.join(work, "cache"), "RISKREG_AUTHOR": "bench"}


def clean(raw):
    return re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][0-9A-Za-z]|\x0f|\x0e", b"", raw)


def drain(fd, seconds):
    got = b""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        ready, _, _ = select.select([fd], [], [], 0.01)
        if ready:
            try:
                got += os.read(fd, 1 << 20)
            except OSError:
                break
    return got


def wchar(pid):
    with open("/proc/%d/io" % pid) as io:
        return next(int(line.split()[1]) for line in io if line.startswith("wchar:"))


def recovery_text():
    for path in glob.glob(os.path.join(data, ".*.recovery.json")):
        try:
            with open(path, "rb") as file:
                return file.read()
        except OSError:
            pass
    return b""


pid, fd = pty.fork()
if pid == 0:
    os.execve(binary, [binary, "--data", data], env)
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
screen = b""
start = time.perf_counter()
while time.perf_counter() - start < 120:
    screen += drain(fd, 0.2)
    if b"entries" in clean(screen) and b"Loading" not in clean(screen[-4000:]):
        break
screen += drain(fd, 3)  # the save's encoding and the search texts are prepared in the background
os.write(fd, b"p")
opened = drain(fd, 1)
while b"Enter keeps" not in clean(opened) and time.perf_counter() - start < 180:
    opened += drain(fd, 0.5)  # p pressed while the register was still loading: again
    if b"Enter keeps" not in clean(opened):
        os.write(fd, b"p")
if b"Enter keeps" not in clean(opened):
    sys.exit("the progress note editor did not open")
before = wchar(pid)
delays = []
for number in range(chars):
    marker = "Q%02d" % number
    for character in marker:
        os.write(fd, character.encode())
    typed = time.perf_counter()
    needle = ("Q%02d" % number).encode()
    while time.perf_counter() - typed < 10 and needle not in recovery_text():
        drain(fd, 0.005)
    delays.append(time.perf_counter() - typed)
    drain(fd, max(0.0, 1.0 - (time.perf_counter() - typed)))
written = wchar(pid) - before
size = len(recovery_text())
os.write(fd, b"\x1b")
drain(fd, 0.3)
os.kill(pid, signal.SIGKILL)
os.waitpid(pid, 0)
shutil.rmtree(work, ignore_errors=True)
print("register: %s (%.1f MB)" % (source, sum(os.path.getsize(p) for p in glob.glob(os.path.join(source, "*.json"))) / 1e6))
print("typing to recovery file: median %.3f s, worst %.3f s over %d edits" % (statistics.median(delays), max(delays), chars))
print("recovery file: %d bytes; written by riskreg while typing: %.1f MB" % (size, written / 1e6))
