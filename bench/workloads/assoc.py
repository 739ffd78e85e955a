# assoc: string-keyed inserts (with overwrites), lookups, item count, iteration over the keys.
aa = {}
for i in range(1, 100001):
    aa["k" + str(i * 7919 % 30011)] = i
for i in range(1, 20001):
    aa["x" + str(i)] = i

total = 0
for i in range(1, 100001):
    total = (total + aa["k" + str(i * 7919 % 30011)]) % 1000003
for i in range(1, 20001):
    total = (total + aa["x" + str(i)]) % 1000003

acc = 0
for key in aa:
    acc = (acc + len(key) * aa[key]) % 1000003

print(len(aa))
print(total)
print(acc)
