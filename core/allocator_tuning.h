// Keeps a training process's memory mapped between steps.
//
// Each step allocates and frees the same buffers (gathered rows, routing tables, activations;
// a few of them hundreds of kB). With glibc's defaults, blocks over the mmap threshold are
// mapped and unmapped every step and the top of the heap is given back and taken again, so
// every step page-faults its buffers in anew (12 faults a step on MNIST). Raising the mmap
// threshold to 32 MB and the trim threshold to 256 MB keeps them: MNIST steps 0.80 → 0.73 ms
// (moelab-cli bench, 1 thread, interleaved with the old settings). The same settings the
// PyTorch peer is measured with (shared/peers/README.md). Programs call this once, first
// thing in main(); elsewhere than glibc it does nothing.
#pragma once

namespace moe {

void keepStepMemoryMapped();

}  // namespace moe
