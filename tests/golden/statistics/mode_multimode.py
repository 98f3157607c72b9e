import statistics as st

print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red"]))
print(st.mode([1, 2, 2, 1]), st.mode("abracadabra"), st.mode([3.5]))
print(st.multimode("aabbbbccddddeeffffgg"), st.multimode([]), st.multimode([1, 2, 3]))
votes = ["yes", "no", "yes", "abstain", "no", "yes"]
print(f"winner: {st.mode(votes)}; ties: {st.multimode(votes)}")
