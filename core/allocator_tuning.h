// Keeps a training process's memory mapped between steps.
//
// Each step allocates and frees the same buffers (gathered rows, routing tables, activations;
// a few of them hundreds of kB). With glibc's defaults, blocks over the mmap threshold are
// mapped and unmapped every step and the top of the heap is given back and taken again, so
// every step page-faults its buffers in anew. Raising the mmap threshold to 32 MB and the trim
// threshold to 256 MB keeps them mapped (moelab-cli bench shows the difference). The PyTorch
// peer is measured with the same settings (shared/peers/README.md). Programs call this once,
// first thing in main(); elsewhere than glibc it does nothing.
#pragma once

namespace moe {

void keepStepMemoryMapped();

}  // namespace moe
