# Count words in several "documents" concurrently: each task fetches a text (a sleep stands in
# for the network), counts its words in a dict, and the results are merged and ranked.
import asyncio

DOCUMENTS = {
    "intro": "asyncio runs coroutines and coroutines await other coroutines",
    "tasks": "a task wraps a coroutine and the event loop runs the task",
    "loop": "the event loop runs one task at a time and switches at each await",
}


async def fetch(name: str) -> str:
    await asyncio.sleep(0.01 * len(name))
    return DOCUMENTS[name]


async def count_words(name: str) -> dict:
    text = await fetch(name)
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    print(f"{name:>6}: {len(counts):2d} distinct words")
    return counts


async def main() -> None:
    results = await asyncio.gather(*[count_words(name) for name in DOCUMENTS])
    total = {}
    for counts in results:
        for word, n in counts.items():
            total[word] = total.get(word, 0) + n
    ranked = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))
    for word, n in ranked[:5]:
        print(f"{word:<10} {n}")
    print(f"{sum(total.values())} words, {len(total)} distinct")


asyncio.run(main())
