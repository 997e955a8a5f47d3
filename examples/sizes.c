/* A small program whose functions irlens measures: irlens check examples/sizes.ll */
#include <stddef.h>

struct point { int x, y; };

static int table[16] = {1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987};

int sum_array(const int *values, size_t count) {
  int total = 0;
  for (size_t i = 0; i < count; i++)
    total += values[i];
  return total;
}

unsigned checksum(const unsigned char *data, size_t length) {
  unsigned hash = 2166136261u;
  for (size_t i = 0; i < length; i++) {
    hash ^= data[i];
    hash *= 16777619u;
  }
  return hash;
}

int manhattan(struct point a, struct point b) {
  int dx = a.x - b.x;
  int dy = a.y - b.y;
  if (dx < 0) dx = -dx;
  if (dy < 0) dy = -dy;
  return dx + dy;
}

int fibonacci(int n) {
  if (n < 16) return table[n];
  return fibonacci(n - 1) + fibonacci(n - 2);
}

void bubble_sort(int *values, int count) {
  for (int i = 0; i < count; i++)
    for (int j = 0; j + 1 < count - i; j++)
      if (values[j] > values[j + 1]) {
        int tmp = values[j];
        values[j] = values[j + 1];
        values[j + 1] = tmp;
      }
}

int main(void) {
  int values[8] = {5, 3, 8, 1, 9, 2, 7, 4};
  bubble_sort(values, 8);
  struct point a = {1, 2}, b = {4, -2};
  return (sum_array(values, 8) + manhattan(a, b) + fibonacci(20) + (int)checksum((const unsigned char *)values, sizeof values)) & 0xff;
}
