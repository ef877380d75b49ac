package lru

import "testing"

// The cache never holds more than its capacity, drops the least recently used first, and a Get
// counts as a use.
func TestBoundedLeastRecentlyUsed(t *testing.T) {
	c := New[int, string](3)
	for i := range 1000 {
		c.Add(i, "v")
		if c.Len() > 3 {
			t.Fatalf("%d entries after %d adds", c.Len(), i+1)
		}
	}
	c = New[int, string](2)
	c.Add(1, "a")
	c.Add(2, "b")
	if _, ok := c.Get(1); !ok {
		t.Fatal("1 missing")
	}
	c.Add(3, "c") // drops 2, the least recently used
	if _, ok := c.Get(2); ok {
		t.Fatal("2 kept")
	}
	if v, ok := c.Get(1); !ok || v != "a" {
		t.Fatal("1 dropped")
	}
	c.Add(1, "z")
	if v, _ := c.Get(1); v != "z" || c.Len() != 2 {
		t.Fatalf("update: %q, %d entries", v, c.Len())
	}
	c.Remove(1)
	if _, ok := c.Get(1); ok || c.Len() != 1 {
		t.Fatal("remove")
	}
}
