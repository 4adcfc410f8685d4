#!/usr/bin/env python3
"""The scikit-learn reference for `survey-bench coder-learning`.

Reads a labelled CSV (id,text,label) and a file of the row numbers used for training (one per
line, 0-based over the data rows), trains LinearSVC and LogisticRegression on character 2-5
gram TF-IDF (char_wb, sublinear, min_df 2, fitted on all texts), and prints the accuracy of
each on the other rows. The Swift tool never needs Python; this only gives the benchmark a
baseline measured in the same run.
"""
import argparse
import csv
import sys


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--csv", required=True)
    parser.add_argument("--train-rows", required=True)
    arguments = parser.parse_args()
    try:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.svm import LinearSVC
    except ImportError:
        print("reference: scikit-learn is not installed (pip install scikit-learn)")
        return 0
    with open(arguments.csv, newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    texts = [row["text"] for row in rows]
    labels = [row["label"] for row in rows]
    train = sorted({int(line) for line in open(arguments.train_rows) if line.strip()})
    chosen = set(train)
    test = [index for index in range(len(rows)) if index not in chosen]
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)
    features = vectorizer.fit_transform(texts)
    for name, model in [("LinearSVC", LinearSVC()), ("LogisticRegression", LogisticRegression(C=10, max_iter=3000))]:
        model.fit(features[train], [labels[index] for index in train])
        predicted = model.predict(features[test])
        right = sum(1 for index, label in zip(test, predicted) if labels[index] == label)
        print(f"reference {name} (char_wb 2-5 TF-IDF): accuracy {right / len(test):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
