"""Subprocesses with accessible I/O streams: CPython's blocking API over `_subprocess`
(src/stdlib/subprocess.rs), which starts the children and moves the bytes."""

import io
import os
import time
import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

# The stream codes `_subprocess.spawn` takes (a descriptor stands for itself).
_INHERIT, _PIPE, _DEVNULL, _STDOUT = -1, -2, -3, -4

class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            import signal
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ["args={!r}".format(self.args), "returncode={!r}".format(self.returncode)]
        if self.stdout is not None:
            args.append("stdout={!r}".format(self.stdout))
        if self.stderr is not None:
            args.append("stderr={!r}".format(self.stderr))
        return "{}({})".format(type(self).__name__, ", ".join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _limit(timeout):
    # `_subprocess` takes a negative number for no limit.
    return -1.0 if timeout is None else max(float(timeout), 0.0)


def _stream_code(value, name):
    if value is None:
        return _INHERIT
    if value == PIPE:
        return _PIPE
    if value == DEVNULL:
        return _DEVNULL
    if value == STDOUT:
        if name != "stderr":
            # CPython hands the -2 to dup2 as a descriptor.
            raise OSError(9, "Bad file descriptor")
        return _STDOUT
    if isinstance(value, int):
        if value < 0:
            raise ValueError("bad file descriptor %d" % value)
        return value
    return value.fileno()


def _arg_text(a):
    if isinstance(a, bytes):
        return a.decode("utf-8", "surrogateescape")
    return os.fspath(a) if not isinstance(a, str) else a


def _check_default(name, value, default):
    if value != default:
        raise NotImplementedError("subprocess.Popen(%s=...) is not supported by corun" % name)


class Popen:
    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self._communication_started = False
        self._input = b""
        self._input_offset = 0
        self._in_fd = -1
        self._out_parts = []
        self._err_parts = []
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        for name, value, default in (("executable", executable, None),
                                     ("preexec_fn", preexec_fn, None),
                                     ("close_fds", close_fds, True),
                                     ("start_new_session", start_new_session, False),
                                     ("pass_fds", tuple(pass_fds), ()),
                                     ("user", user, None), ("group", group, None),
                                     ("extra_groups", extra_groups, None),
                                     ("umask", umask, -1),
                                     ("process_group", process_group, None)):
            _check_default(name, value, default)
        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError("Cannot disambiguate when both text "
                             "and universal_newlines are supplied but "
                             "different. Pass one or the other.")
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding = encoding
        self.errors = errors
        # The locale's encoding in CPython; corun's locale is always UTF-8.
        self._text_encoding = encoding or "UTF-8"

        if isinstance(args, (str, bytes)):
            argv = [_arg_text(args)]
        elif hasattr(type(args), "__fspath__"):
            argv = [os.fspath(args)]
        else:
            argv = [_arg_text(a) for a in args]
        if shell:
            argv = ["/bin/sh", "-c"] + argv
        if argv[0] == "":
            # Each directory of the search path joined with the empty name is the directory
            # itself, which exec refuses (EACCES); with none of them there, ENOENT.
            path = (env if env is not None else os.environ).get("PATH", os.defpath)
            if any(os.path.isdir(d or ".") for d in path.split(":")):
                raise PermissionError(13, "Permission denied", "")
            raise FileNotFoundError(2, "No such file or directory", "")
        for a in argv:
            if "\0" in a:
                raise ValueError("embedded null byte")
        if cwd is not None:
            cwd = _arg_text(cwd)
        env_text = None
        if env is not None:
            items = []
            for k, v in env.items():
                k, v = _arg_text(k), _arg_text(v)
                if "\0" in k or "\0" in v:
                    raise ValueError("embedded null byte")
                if "=" in k:
                    raise ValueError("illegal environment variable name")
                items.append(k + "=" + v)
            env_text = "\0".join(items)
        codes = (_stream_code(stdin, "stdin"), _stream_code(stdout, "stdout"),
                 _stream_code(stderr, "stderr"))
        self.pid, in_fd, out_fd, err_fd = _subprocess.spawn(
            "\0".join(argv), cwd, env_text, *codes)
        if in_fd >= 0:
            self.stdin = open(in_fd, "wb", bufsize)
            if self.text_mode:
                self.stdin = io.TextIOWrapper(self.stdin, self._text_encoding, self.errors,
                                              write_through=True,
                                              line_buffering=(bufsize == 1))
        if out_fd >= 0:
            self.stdout = open(out_fd, "rb", bufsize)
            if self.text_mode:
                self.stdout = io.TextIOWrapper(self.stdout, self._text_encoding, self.errors)
        if err_fd >= 0:
            self.stderr = open(err_fd, "rb", bufsize)
            if self.text_mode:
                self.stderr = io.TextIOWrapper(self.stderr, self._text_encoding, self.errors)

    def __repr__(self):
        return "<%s: returncode: %s args: %r>" % (type(self).__name__, self.returncode,
                                                  self.args if len(repr(self.args)) <= 80
                                                  else repr(self.args)[:76] + "...")

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if self._in_fd >= 0:
                _subprocess.close(self._in_fd)
                self._in_fd = -1
            self.wait()

    def poll(self):
        if self.returncode is None:
            self.returncode = _subprocess.poll(self.pid)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        code = _subprocess.wait(self.pid, _limit(timeout))
        if code is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = code
        return code

    def send_signal(self, sig):
        self.poll()
        if self.returncode is None:
            _subprocess.send_signal(self.pid, sig)

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)

    @staticmethod
    def _read_fd(f):
        return -1 if f is None or f.closed else f.fileno()

    def communicate(self, input=None, timeout=None):
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        pipes = (self.stdin, self.stdout, self.stderr)
        if (timeout is None and not self._communication_started
                and sum(f is not None for f in pipes) < 2):
            # One pipe at most: nothing to interleave, so CPython's plain reads and writes.
            stdout = stderr = None
            if self.stdin:
                if input:
                    try:
                        self.stdin.write(input)
                    except BrokenPipeError:
                        pass
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return (stdout, stderr)
        endtime = None if timeout is None else time.monotonic() + timeout
        in_fd = -1
        if self.stdin is not None and not self._communication_started:
            if input is not None and self.text_mode:
                input = input.encode(self.stdin.encoding, self.stdin.errors)
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            in_fd = _subprocess.dup(self.stdin.fileno())
            try:
                self.stdin.close()
            except BrokenPipeError:
                pass
            self._input = input if input is not None else b""
        elif self._in_fd >= 0:
            in_fd = self._in_fd
        self._communication_started = True
        data = self._input[self._input_offset:]
        out_fd = self._read_fd(self.stdout)
        err_fd = self._read_fd(self.stderr)
        out, err, written, done = _subprocess.communicate(in_fd, data, out_fd, err_fd,
                                                          _limit(timeout))
        self._input_offset += written
        # The write end stays open (and ours) only while input is left to send.
        self._in_fd = in_fd if in_fd >= 0 and self._input_offset < len(self._input) else -1
        if out:
            self._out_parts.append(out)
        if err:
            self._err_parts.append(err)
        if not done:
            raise TimeoutExpired(self.args, timeout,
                                 output=b"".join(self._out_parts) or None,
                                 stderr=b"".join(self._err_parts) or None)
        stdout = stderr = None
        if self.stdout is not None:
            stdout = b"".join(self._out_parts)
            self.stdout.close()
        if self.stderr is not None:
            stderr = b"".join(self._err_parts)
            self.stderr.close()
        if self.text_mode:
            if stdout is not None:
                stdout = self._translate(stdout)
            if stderr is not None:
                stderr = self._translate(stderr)
        remaining = None if endtime is None else max(endtime - time.monotonic(), 0)
        self.wait(remaining)
        return (stdout, stderr)

    def _translate(self, data):
        text = data.decode(self._text_encoding, self.errors or "strict")
        return text.replace("\r\n", "\n").replace("\r", "\n")


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    for kw in ("stdout", "check"):
        if kw in kwargs:
            raise ValueError(f"{kw} argument not allowed, it will be overridden.")
    if "input" in kwargs and kwargs["input"] is None:
        if (kwargs.get("universal_newlines") or kwargs.get("text")
                or kwargs.get("encoding") or kwargs.get("errors")):
            empty = ""
        else:
            empty = b""
        kwargs["input"] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used "
                             "with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
