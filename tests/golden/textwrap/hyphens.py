# Where words split at hyphens and em-dashes, and break_on_hyphens=False.
import textwrap

texts = [
    "A well-known fact: self-contained, state-of-the-art e-mail systems -- and others--are X-ray-proof.",
    "a-b-c-d e--f g---h --i j-- k-1-2 x-y-z 1-2-3 ab-cd ab-c a-bc",
    "supercalifragilisticexpialidocious-and-more-words-here extraordinarily-long-hyphenated-compound",
]
for t in texts:
    for w in [8, 12, 20]:
        print(w, textwrap.wrap(t, w))
        print(w, textwrap.wrap(t, w, break_on_hyphens=False))
