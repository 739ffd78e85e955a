# strings: build strings piece by piece, join a list of pieces, then Length/Contains/Substr work.
total = 0
for r in range(1, 6001):
    s = ""
    parts = []
    for k in range(1, 41):
        piece = str(r * k % 997)
        s += piece + ","
        parts.append(piece)
    joined = ",".join(parts)
    total += len(s) + len(joined)
    total += (s.find("99") + 1) + (joined.find(str(r)) + 1)
    front = s[4:14]
    total += front.find(",") + 1 + len(front)
print(total)

big = ""
for i in range(1, 20001):
    big += str(i)
print(len(big))
print(big.find("19999") + 1)
print(big.find("7778") + 1)
