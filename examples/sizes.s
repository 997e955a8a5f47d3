	.text
	.file	"sizes.c"
	.globl	sum_array                       # -- Begin function sum_array
	.p2align	4, 0x90
	.type	sum_array,@function
sum_array:                              # @sum_array
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movl	$0, -20(%rbp)
	movq	$0, -32(%rbp)
.LBB0_1:                                # =>This Inner Loop Header: Depth=1
	movq	-32(%rbp), %rax
	cmpq	-16(%rbp), %rax
	jae	.LBB0_4
# %bb.2:                                #   in Loop: Header=BB0_1 Depth=1
	movq	-8(%rbp), %rax
	movq	-32(%rbp), %rcx
	movl	(%rax,%rcx,4), %eax
	addl	-20(%rbp), %eax
	movl	%eax, -20(%rbp)
# %bb.3:                                #   in Loop: Header=BB0_1 Depth=1
	movq	-32(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -32(%rbp)
	jmp	.LBB0_1
.LBB0_4:
	movl	-20(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end0:
	.size	sum_array, .Lfunc_end0-sum_array
	.cfi_endproc
                                        # -- End function
	.globl	checksum                        # -- Begin function checksum
	.p2align	4, 0x90
	.type	checksum,@function
checksum:                               # @checksum
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movl	$-2128831035, -20(%rbp)         # imm = 0x811C9DC5
	movq	$0, -32(%rbp)
.LBB1_1:                                # =>This Inner Loop Header: Depth=1
	movq	-32(%rbp), %rax
	cmpq	-16(%rbp), %rax
	jae	.LBB1_4
# %bb.2:                                #   in Loop: Header=BB1_1 Depth=1
	movq	-8(%rbp), %rax
	movq	-32(%rbp), %rcx
	movzbl	(%rax,%rcx), %eax
	xorl	-20(%rbp), %eax
	movl	%eax, -20(%rbp)
	imull	$16777619, -20(%rbp), %eax      # imm = 0x1000193
	movl	%eax, -20(%rbp)
# %bb.3:                                #   in Loop: Header=BB1_1 Depth=1
	movq	-32(%rbp), %rax
	addq	$1, %rax
	movq	%rax, -32(%rbp)
	jmp	.LBB1_1
.LBB1_4:
	movl	-20(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end1:
	.size	checksum, .Lfunc_end1-checksum
	.cfi_endproc
                                        # -- End function
	.globl	manhattan                       # -- Begin function manhattan
	.p2align	4, 0x90
	.type	manhattan,@function
manhattan:                              # @manhattan
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movq	%rsi, -16(%rbp)
	movl	-8(%rbp), %eax
	subl	-16(%rbp), %eax
	movl	%eax, -20(%rbp)
	movl	-4(%rbp), %eax
	subl	-12(%rbp), %eax
	movl	%eax, -24(%rbp)
	cmpl	$0, -20(%rbp)
	jge	.LBB2_2
# %bb.1:
	xorl	%eax, %eax
	subl	-20(%rbp), %eax
	movl	%eax, -20(%rbp)
.LBB2_2:
	cmpl	$0, -24(%rbp)
	jge	.LBB2_4
# %bb.3:
	xorl	%eax, %eax
	subl	-24(%rbp), %eax
	movl	%eax, -24(%rbp)
.LBB2_4:
	movl	-20(%rbp), %eax
	addl	-24(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end2:
	.size	manhattan, .Lfunc_end2-manhattan
	.cfi_endproc
                                        # -- End function
	.globl	fibonacci                       # -- Begin function fibonacci
	.p2align	4, 0x90
	.type	fibonacci,@function
fibonacci:                              # @fibonacci
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$16, %rsp
	movl	%edi, -8(%rbp)
	cmpl	$16, -8(%rbp)
	jge	.LBB3_2
# %bb.1:
	movslq	-8(%rbp), %rcx
	leaq	table(%rip), %rax
	movl	(%rax,%rcx,4), %eax
	movl	%eax, -4(%rbp)
	jmp	.LBB3_3
.LBB3_2:
	movl	-8(%rbp), %edi
	subl	$1, %edi
	callq	fibonacci
	movl	%eax, -12(%rbp)                 # 4-byte Spill
	movl	-8(%rbp), %edi
	subl	$2, %edi
	callq	fibonacci
	movl	%eax, %ecx
	movl	-12(%rbp), %eax                 # 4-byte Reload
	addl	%ecx, %eax
	movl	%eax, -4(%rbp)
.LBB3_3:
	movl	-4(%rbp), %eax
	addq	$16, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end3:
	.size	fibonacci, .Lfunc_end3-fibonacci
	.cfi_endproc
                                        # -- End function
	.globl	bubble_sort                     # -- Begin function bubble_sort
	.p2align	4, 0x90
	.type	bubble_sort,@function
bubble_sort:                            # @bubble_sort
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	movq	%rdi, -8(%rbp)
	movl	%esi, -12(%rbp)
	movl	$0, -16(%rbp)
.LBB4_1:                                # =>This Loop Header: Depth=1
                                        #     Child Loop BB4_3 Depth 2
	movl	-16(%rbp), %eax
	cmpl	-12(%rbp), %eax
	jge	.LBB4_10
# %bb.2:                                #   in Loop: Header=BB4_1 Depth=1
	movl	$0, -20(%rbp)
.LBB4_3:                                #   Parent Loop BB4_1 Depth=1
                                        # =>  This Inner Loop Header: Depth=2
	movl	-20(%rbp), %eax
	addl	$1, %eax
	movl	-12(%rbp), %ecx
	subl	-16(%rbp), %ecx
	cmpl	%ecx, %eax
	jge	.LBB4_8
# %bb.4:                                #   in Loop: Header=BB4_3 Depth=2
	movq	-8(%rbp), %rax
	movslq	-20(%rbp), %rcx
	movl	(%rax,%rcx,4), %eax
	movq	-8(%rbp), %rcx
	movl	-20(%rbp), %edx
	addl	$1, %edx
	movslq	%edx, %rdx
	cmpl	(%rcx,%rdx,4), %eax
	jle	.LBB4_6
# %bb.5:                                #   in Loop: Header=BB4_3 Depth=2
	movq	-8(%rbp), %rax
	movslq	-20(%rbp), %rcx
	movl	(%rax,%rcx,4), %eax
	movl	%eax, -24(%rbp)
	movq	-8(%rbp), %rax
	movl	-20(%rbp), %ecx
	addl	$1, %ecx
	movslq	%ecx, %rcx
	movl	(%rax,%rcx,4), %edx
	movq	-8(%rbp), %rax
	movslq	-20(%rbp), %rcx
	movl	%edx, (%rax,%rcx,4)
	movl	-24(%rbp), %edx
	movq	-8(%rbp), %rax
	movl	-20(%rbp), %ecx
	addl	$1, %ecx
	movslq	%ecx, %rcx
	movl	%edx, (%rax,%rcx,4)
.LBB4_6:                                #   in Loop: Header=BB4_3 Depth=2
	jmp	.LBB4_7
.LBB4_7:                                #   in Loop: Header=BB4_3 Depth=2
	movl	-20(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -20(%rbp)
	jmp	.LBB4_3
.LBB4_8:                                #   in Loop: Header=BB4_1 Depth=1
	jmp	.LBB4_9
.LBB4_9:                                #   in Loop: Header=BB4_1 Depth=1
	movl	-16(%rbp), %eax
	addl	$1, %eax
	movl	%eax, -16(%rbp)
	jmp	.LBB4_1
.LBB4_10:
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end4:
	.size	bubble_sort, .Lfunc_end4-bubble_sort
	.cfi_endproc
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	4, 0x90
	.type	main,@function
main:                                   # @main
	.cfi_startproc
# %bb.0:
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset %rbp, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register %rbp
	subq	$80, %rsp
	movl	$0, -4(%rbp)
	movq	.L__const.main.values(%rip), %rax
	movq	%rax, -48(%rbp)
	movq	.L__const.main.values+8(%rip), %rax
	movq	%rax, -40(%rbp)
	movq	.L__const.main.values+16(%rip), %rax
	movq	%rax, -32(%rbp)
	movq	.L__const.main.values+24(%rip), %rax
	movq	%rax, -24(%rbp)
	leaq	-48(%rbp), %rdi
	movl	$8, %esi
	callq	bubble_sort
	movq	.L__const.main.a(%rip), %rax
	movq	%rax, -56(%rbp)
	movq	.L__const.main.b(%rip), %rax
	movq	%rax, -64(%rbp)
	leaq	-48(%rbp), %rdi
	movl	$8, %esi
	callq	sum_array
	movl	%eax, -76(%rbp)                 # 4-byte Spill
	movq	-56(%rbp), %rdi
	movq	-64(%rbp), %rsi
	callq	manhattan
	movl	%eax, %ecx
	movl	-76(%rbp), %eax                 # 4-byte Reload
	addl	%ecx, %eax
	movl	%eax, -72(%rbp)                 # 4-byte Spill
	movl	$20, %edi
	callq	fibonacci
	movl	%eax, %ecx
	movl	-72(%rbp), %eax                 # 4-byte Reload
	addl	%ecx, %eax
	movl	%eax, -68(%rbp)                 # 4-byte Spill
	leaq	-48(%rbp), %rdi
	movl	$32, %esi
	callq	checksum
	movl	%eax, %ecx
	movl	-68(%rbp), %eax                 # 4-byte Reload
	addl	%ecx, %eax
	andl	$255, %eax
	addq	$80, %rsp
	popq	%rbp
	.cfi_def_cfa %rsp, 8
	retq
.Lfunc_end5:
	.size	main, .Lfunc_end5-main
	.cfi_endproc
                                        # -- End function
	.type	table,@object                   # @table
	.data
	.p2align	4, 0x0
table:
	.long	1                               # 0x1
	.long	1                               # 0x1
	.long	2                               # 0x2
	.long	3                               # 0x3
	.long	5                               # 0x5
	.long	8                               # 0x8
	.long	13                              # 0xd
	.long	21                              # 0x15
	.long	34                              # 0x22
	.long	55                              # 0x37
	.long	89                              # 0x59
	.long	144                             # 0x90
	.long	233                             # 0xe9
	.long	377                             # 0x179
	.long	610                             # 0x262
	.long	987                             # 0x3db
	.size	table, 64

	.type	.L__const.main.values,@object   # @__const.main.values
	.section	.rodata.cst32,"aM",@progbits,32
	.p2align	4, 0x0
.L__const.main.values:
	.long	5                               # 0x5
	.long	3                               # 0x3
	.long	8                               # 0x8
	.long	1                               # 0x1
	.long	9                               # 0x9
	.long	2                               # 0x2
	.long	7                               # 0x7
	.long	4                               # 0x4
	.size	.L__const.main.values, 32

	.type	.L__const.main.a,@object        # @__const.main.a
	.section	.rodata.cst8,"aM",@progbits,8
	.p2align	2, 0x0
.L__const.main.a:
	.long	1                               # 0x1
	.long	2                               # 0x2
	.size	.L__const.main.a, 8

	.type	.L__const.main.b,@object        # @__const.main.b
	.p2align	2, 0x0
.L__const.main.b:
	.long	4                               # 0x4
	.long	4294967294                      # 0xfffffffe
	.size	.L__const.main.b, 8

	.section	".note.GNU-stack","",@progbits
	.addrsig
	.addrsig_sym sum_array
	.addrsig_sym checksum
	.addrsig_sym manhattan
	.addrsig_sym fibonacci
	.addrsig_sym bubble_sort
	.addrsig_sym table
