# fix_sentence_endings puts two spaces after a sentence.
import textwrap

t = "Hello there. How are you? I am fine! Said 'he.' Then left. Mr. Smith went home. Dr. no."
print(textwrap.wrap(t, 30, fix_sentence_endings=True))
print(textwrap.fill(t, 200, fix_sentence_endings=True))
