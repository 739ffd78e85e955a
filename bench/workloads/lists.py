# lists: append to a list, sum its items by index, sort a copy, hash the sorted order.
n = 200000
lst = []
for i in range(1, n + 1):
    lst.append(i * 7919 % 10007)

total = 0
for i in range(len(lst)):
    total += lst[i]

srt = sorted(lst)
h = 0
for v in srt:
    h = (h * 31 + v) % 1000003

print(len(lst))
print(total)
print(srt[0] + srt[n // 2 - 1] + srt[n - 1])
print(h)
