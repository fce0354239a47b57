# Tests objects referencing other objects: a singly linked list built from Node instances.
class Node:
    def __init__(self, value, next_node=None):
        self.value = value
        self.next = next_node


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1

    def to_list(self):
        out = []
        cur = self.head
        while cur is not None:
            out.append(cur.value)
            cur = cur.next
        return out

    def reverse(self):
        prev = None
        cur = self.head
        while cur is not None:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev


ll = LinkedList()
for i in range(5):
    ll.push_front(i * 10)
print(ll.to_list(), ll.size)
ll.reverse()
print(ll.to_list())
print(ll.head.value, ll.head.next.value, ll.head.next.next.next.next.next)
