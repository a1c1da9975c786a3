# The optional peer of `pnpm bench`: a scikit-learn pipeline over the same episodes as the CLI's grown folder
# (TF-IDF + NMF topics per episode, then topic flow: the NMF topic of each 60-second window of turns).
# Reads JSON lines from stdin, one episode each: {"turns": [{"start": s, "text": "..."}]} (podlens parsed them;
# the peer is not charged for reading the files, so its figure is a lower bound). Prints one JSON line:
# {"seconds": wall time of the pipeline, "episodes": n, "topics": k}.
# Usage: python3 scripts/bench-sklearn.py < episodes.jsonl
import json
import sys
import time

from sklearn.decomposition import NMF
from sklearn.feature_extraction.text import TfidfVectorizer

episodes = [json.loads(line) for line in sys.stdin if line.strip()]
t0 = time.perf_counter()
texts = [" ".join(t["text"] for t in e["turns"]) for e in episodes]
vectorizer = TfidfVectorizer(stop_words="english", ngram_range=(1, 2), min_df=2, max_features=20000)
matrix = vectorizer.fit_transform(texts)
k = 20
nmf = NMF(n_components=k, init="nndsvd", max_iter=200, random_state=1)
nmf.fit(matrix)
terms = vectorizer.get_feature_names_out()
top_terms = [[terms[i] for i in row.argsort()[-10:]] for row in nmf.components_]
flows = []
for e in episodes:
    windows = {}
    for turn in e["turns"]:
        windows.setdefault(int(turn["start"] // 60), []).append(turn["text"])
    keys = sorted(windows)
    if not keys:
        flows.append([])
        continue
    weights = nmf.transform(vectorizer.transform([" ".join(windows[w]) for w in keys]))
    flows.append([int(row.argmax()) for row in weights])
seconds = time.perf_counter() - t0
print(json.dumps({"seconds": round(seconds, 3), "episodes": len(episodes), "topics": k}))
