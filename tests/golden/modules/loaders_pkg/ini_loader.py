def load(text):
    return [line.strip("[]") for line in text.splitlines() if line.startswith("[")]
