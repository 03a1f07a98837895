#!/usr/bin/env python3
"""A key pressed while the browser loads a big register is answered at once (issue 10).

Starts riskreg on a pseudo-terminal (120x40) five times; as soon as "Loading" is on screen it
presses ? and times until the help is drawn, saying whether the register was still loading.

    swift build -c release --static-swift-stdlib --scratch-path .build-static
    .build-static/release/riskreg-bench generate /tmp/big10k --entries 10000
    python3 Benchmarks/key-during-load.py .build-static/release/riskreg /tmp/big10k
"""
import os, pty, sys, time, select, signal, re, fcntl, termios, struct, tempfile, shutil
binary, data = sys.argv[1:3]
cache = tempfile.mkdtemp(prefix="riskreg-key-during-load-")
res=[]
for run in range(5):
    env = {"TERM":"xterm-256color","LANG":"C.UTF-8","PATH":"/usr/bin:/bin","HOME":os.environ["HOME"], "XDG_CACHE_HOME": os.path.join(cache, str(run))}
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(binary, [binary, "--data", data], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    def clean(b): return re.sub(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][0-9A-Za-z]|\x0f|\x0e", b"", b)
    buf=b""; t0=time.perf_counter()
    while b"Loading" not in clean(buf) and time.perf_counter()-t0<10:
        r,_,_=select.select([fd],[],[],0.01)
        if r: buf+=os.read(fd,1<<20)
    time.sleep(0.1)
    while select.select([fd],[],[],0)[0]: buf+=os.read(fd,1<<20)
    t=time.perf_counter(); os.write(fd,b"?"); got=b""
    while b"Help" not in clean(got) and time.perf_counter()-t<10:
        r,_,_=select.select([fd],[],[],0.005)
        if r: got+=os.read(fd,1<<20)
    dt=(time.perf_counter()-t)*1000
    still = b"Corp 1 " not in clean(buf+got)
    res.append(dt); print("key during load: help after %.1f ms (register still loading: %s)"%(dt, still))
    os.write(fd,b"\x1bq"); time.sleep(0.2)
    try: os.kill(pid, signal.SIGKILL)
    except: pass
    os.waitpid(pid,0)
shutil.rmtree(cache, ignore_errors=True)
