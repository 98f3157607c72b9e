"""Comparing sequences: `SequenceMatcher` (the longest-matching-block method, with CPython's junk
heuristics so its answers are the same), `Differ`/`ndiff` (line diffs with `?` guide lines, as
unittest's failure messages show them), `unified_diff` and `get_close_matches`."""

from collections import namedtuple

__all__ = ['get_close_matches', 'ndiff', 'SequenceMatcher', 'Differ', 'IS_CHARACTER_JUNK',
           'IS_LINE_JUNK', 'unified_diff', 'context_diff', 'diff_bytes', 'HtmlDiff', 'Match',
           'restore']

Match = namedtuple('Match', 'a b size')


def _calculate_ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


class SequenceMatcher:
    """Finds the longest contiguous matching blocks of two sequences, recursively on each side of
    the best one. Elements of `b` that `isjunk` accepts, and (with `autojunk`) elements making
    up more than 1% of a `b` of 200 or more, never start a match."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.a = self.b = None
        self.autojunk = autojunk
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        where = {}
        for pos, elt in enumerate(self.b):
            where.setdefault(elt, []).append(pos)
        junk = set()
        if self.isjunk:
            junk = {elt for elt in where if self.isjunk(elt)}
            for elt in junk:
                del where[elt]
        popular = set()
        n = len(self.b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            popular = {elt for elt, places in where.items() if len(places) > limit}
            for elt in popular:
                del where[elt]
        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        a, b, where, junk = self.a, self.b, self.b2j, self.bjunk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        best_i, best_j, best_size = alo, blo, 0
        # run_ending_at[j]: length of the match of a[..i] and b[..j] ending at i and j.
        run_ending_at = {}
        for i in range(alo, ahi):
            runs = {}
            for j in where.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                size = runs[j] = run_ending_at.get(j - 1, 0) + 1
                if size > best_size:
                    best_i, best_j, best_size = i - size + 1, j - size + 1, size
            run_ending_at = runs
        # Grow the match with equal non-junk elements (popular ones were never indexed), then
        # with equal junk, on both sides.
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo and
                   (b[best_j - 1] in junk) == want_junk and
                   a[best_i - 1] == b[best_j - 1]):
                best_i, best_j, best_size = best_i - 1, best_j - 1, best_size + 1
            while (best_i + best_size < ahi and best_j + best_size < bhi and
                   (b[best_j + best_size] in junk) == want_junk and
                   a[best_i + best_size] == b[best_j + best_size]):
                best_size += 1
        return Match(best_i, best_j, best_size)

    def get_matching_blocks(self):
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        todo = [(0, la, 0, lb)]
        found = []
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            m = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, k = m
            if k:
                found.append(m)
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        blocks = []
        cur_i = cur_j = cur_k = 0
        for i, j, k in found:
            if cur_i + cur_k == i and cur_j + cur_k == j:
                cur_k += k
            else:
                if cur_k:
                    blocks.append(Match(cur_i, cur_j, cur_k))
                cur_i, cur_j, cur_k = i, j, k
        if cur_k:
            blocks.append(Match(cur_i, cur_j, cur_k))
        blocks.append(Match(la, lb, 0))
        self.matching_blocks = blocks
        return blocks

    def get_opcodes(self):
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        ops = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                ops.append(('replace', i, ai, j, bj))
            elif i < ai:
                ops.append(('delete', i, ai, j, bj))
            elif j < bj:
                ops.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                ops.append(('equal', ai, i, bj, j))
        self.opcodes = ops
        return ops

    def get_grouped_opcodes(self, n=3):
        codes = self.get_opcodes()
        if not codes:
            codes = [("equal", 0, 1, 0, 1)]
        if codes[0][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[0]
            codes[0] = tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2
        if codes[-1][0] == 'equal':
            tag, i1, i2, j1, j2 = codes[-1]
            codes[-1] = tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)
        nn = n + n
        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > nn:
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1, j1 = max(i1, i2 - n), max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        matches = sum(m.size for m in self.get_matching_blocks())
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        left = {}
        matches = 0
        for elt in self.a:
            n = left[elt] if elt in left else self.fullbcount.get(elt, 0)
            left[elt] = n - 1
            if n > 0:
                matches += 1
        return _calculate_ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _calculate_ratio(min(la, lb), la + lb)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    s = SequenceMatcher()
    s.set_seq2(word)
    for x in possibilities:
        s.set_seq1(x)
        if (s.real_quick_ratio() >= cutoff and s.quick_ratio() >= cutoff and
                s.ratio() >= cutoff):
            scored.append((s.ratio(), x))
    scored.sort(key=lambda p: p, reverse=True)
    return [x for score, x in scored[:n]]


def _keep_original_ws(s, tag_s):
    return ''.join(c if tag_c == " " and c.isspace() else tag_c
                   for c, tag_c in zip(s, tag_s))


class Differ:
    """Line-by-line differences, each line marked '- ', '+ ', '  ' or (a guide to the
    characters that changed in a similar pair) '? '."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        lines = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in lines.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # The shorter block first.
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        """A block of lines replaced by another: the most similar pair (ratio at least 0.75) is
        shown with guide lines, and the lines around it are handled the same way."""
        best_ratio, cutoff = 0.74, 0.75
        chars = SequenceMatcher(self.charjunk)
        eqi = eqj = None
        best_i = best_j = None
        for j in range(blo, bhi):
            bj = b[j]
            chars.set_seq2(bj)
            for i in range(alo, ahi):
                ai = a[i]
                if ai == bj:
                    if eqi is None:
                        eqi, eqj = i, j
                    continue
                chars.set_seq1(ai)
                if (chars.real_quick_ratio() > best_ratio and
                        chars.quick_ratio() > best_ratio and
                        chars.ratio() > best_ratio):
                    best_ratio, best_i, best_j = chars.ratio(), i, j
        if best_ratio < cutoff:
            if eqi is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j, best_ratio = eqi, eqj, 1.0
        else:
            eqi = None
        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        aelt, belt = a[best_i], b[best_j]
        if eqi is None:
            atags = btags = ''
            chars.set_seqs(aelt, belt)
            for tag, ai1, ai2, bj1, bj2 in chars.get_opcodes():
                la, lb = ai2 - ai1, bj2 - bj1
                if tag == 'replace':
                    atags += '^' * la
                    btags += '^' * lb
                elif tag == 'delete':
                    atags += '-' * la
                elif tag == 'insert':
                    btags += '+' * lb
                elif tag == 'equal':
                    atags += ' ' * la
                    btags += ' ' * lb
            yield from self._qformat(aelt, belt, atags, btags)
        else:
            yield '  ' + aelt
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _keep_original_ws(aline, atags).rstrip()
        btags = _keep_original_ws(bline, btags).rstrip()
        yield "- " + aline
        if atags:
            yield f"? {atags}\n"
        yield "+ " + bline
        if btags:
            yield f"? {btags}\n"


def IS_LINE_JUNK(line, pat=None):
    return line.strip() in ('', '#')


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    return ch in ws


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    return Differ(linejunk, charjunk).compare(a, b)


def _format_range_unified(start, stop):
    beginning = start + 1
    length = stop - start
    if length == 1:
        return '{}'.format(beginning)
    if not length:
        beginning -= 1
    return '{},{}'.format(beginning, length)


def _file_headers(from_mark, to_mark, fromfile, tofile, fromfiledate, tofiledate, lineterm):
    """The two header lines of a unified or context diff, each file with its date if given."""
    fromdate = '\t{}'.format(fromfiledate) if fromfiledate else ''
    todate = '\t{}'.format(tofiledate) if tofiledate else ''
    yield '{} {}{}{}'.format(from_mark, fromfile, fromdate, lineterm)
    yield '{} {}{}{}'.format(to_mark, tofile, todate, lineterm)


def _check_types(a, b, *args):
    """The str lines and names a unified or context diff takes (bytes go to `diff_bytes`)."""
    for lines in (a, b):
        if lines and not isinstance(lines[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(lines[0]).__name__, lines[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield from _file_headers('---', '+++', fromfile, tofile, fromfiledate, tofiledate,
                                     lineterm)
        first, last = group[0], group[-1]
        file1_range = _format_range_unified(first[1], last[2])
        file2_range = _format_range_unified(first[3], last[4])
        yield '@@ -{} +{} @@{}'.format(file1_range, file2_range, lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag in {'replace', 'delete'}:
                for line in a[i1:i2]:
                    yield '-' + line
            if tag in {'replace', 'insert'}:
                for line in b[j1:j2]:
                    yield '+' + line


def _context_range(start, stop):
    """A hunk's line range as context diffs write it: `first,last`, or one number."""
    length = stop - start
    first = start + 1 if length else start
    if length <= 1:
        return str(first)
    return '{},{}'.format(first, first + length - 1)


_CONTEXT_MARK = {'insert': '+ ', 'delete': '- ', 'replace': '! ', 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='', tofiledate='', n=3,
                 lineterm='\n'):
    """The differences of two lists of lines as a context diff, line by line."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    started = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not started:
            started = True
            yield from _file_headers('***', '---', fromfile, tofile, fromfiledate, tofiledate,
                                     lineterm)
        yield '***************' + lineterm
        yield '*** {} ****{}'.format(_context_range(group[0][1], group[-1][2]), lineterm)
        if any(op[0] in ('replace', 'delete') for op in group):
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_MARK[tag] + line
        yield '--- {} ----{}'.format(_context_range(group[0][3], group[-1][4]), lineterm)
        if any(op[0] in ('replace', 'insert') for op in group):
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_MARK[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'', tofiledate=b'', n=3,
               lineterm=b'\n'):
    """`unified_diff` or `context_diff` (`dfunc`) of lines of bytes: each byte is read as one
    character (unknown ones kept through surrogates) and the diff's lines written back as bytes."""
    def text(x):
        if not isinstance(x, bytes):
            raise TypeError('all arguments must be bytes, not %s (%r)' % (type(x).__name__, x))
        return x.decode('ascii', 'surrogateescape')

    a = [text(line) for line in a]
    b = [text(line) for line in b]
    names = [text(x) for x in (fromfile, tofile, fromfiledate, tofiledate)]
    for line in dfunc(a, b, *names, n, text(lineterm)):
        yield line.encode('ascii', 'surrogateescape')


def restore(delta, which):
    """One of the two sequences an `ndiff`/`Differ.compare` delta was made from (1 or 2)."""
    try:
        tag = {1: "- ", 2: "+ "}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r' % which) from None
    for line in delta:
        if line[:2] in (tag, "  "):
            yield line[2:]


class HtmlDiff:
    """Side-by-side HTML tables of differences: the class exists (its settings can be read and
    changed) but making a table is not supported by corun."""

    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None, charjunk=IS_CHARACTER_JUNK):
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, *args, **kwargs):
        raise NotImplementedError("difflib.HtmlDiff is not supported by corun")

    def make_table(self, *args, **kwargs):
        raise NotImplementedError("difflib.HtmlDiff is not supported by corun")
