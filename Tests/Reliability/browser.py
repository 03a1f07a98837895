"""Running the riskreg browser on a pseudo-terminal, for the fault-injection scripts."""
import os
import pty
import select
import shutil
import signal
import tempfile
import time

REGISTER = "lcc-2021-22-q4"


class Browser:
    """riskreg on its own pseudo-terminal (120x40); keys are written to it, its output drained."""

    def __init__(self, binary, data, author, extra_env=None):
        env = {"PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "LANG": "C.UTF-8",
               "RISKREG_AUTHOR": author, "HOME": tempfile.gettempdir()}
        env.update(extra_env or {})
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execve(binary, [binary, "--data", data, "--register", REGISTER], env)
        import fcntl, struct, termios
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        self.output = b""

    def drain(self, seconds=0.05):
        end = time.time() + seconds
        while True:
            left = end - time.time()
            if left <= 0:
                return
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                return
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.output += chunk

    def wait_for(self, *texts, timeout=10):
        """Waits until the output holds one of the texts; returns it (None on a time-out)."""
        end = time.time() + timeout
        while time.time() < end:
            for text in texts:
                if text.encode() in self.output:
                    return text
            self.drain(0.02)
        return None

    def send(self, keys):
        os.write(self.fd, keys.encode())

    def kill(self, number=signal.SIGKILL):
        try:
            os.kill(self.pid, number)
        except ProcessLookupError:
            pass

    def wait(self, timeout=5):
        end = time.time() + timeout
        while time.time() < end:
            self.drain(0.01)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                os.close(self.fd)
                return status
        self.kill()
        os.waitpid(self.pid, 0)
        os.close(self.fd)
        return None


def fresh_data(source):
    directory = tempfile.mkdtemp(prefix="riskreg-reliability-")
    shutil.copy(os.path.join(source, REGISTER + ".json"), directory)
    return directory


def recovery(directory, author):
    return os.path.join(directory, ".%s.%s.recovery.json" % (REGISTER, author))


def leftovers(directory):
    return sorted(name for name in os.listdir(directory) if name.endswith(".tmp") or name.endswith(".lock"))


def wait_until(predicate, timeout=5):
    end = time.time() + timeout
    while time.time() < end:
        if predicate():
            return True
        time.sleep(0.005)
    return False
