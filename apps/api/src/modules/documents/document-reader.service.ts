import type { ReadInputOptions, ReadInputResult } from '@jixiao/documents';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { ApiError, ApiErrorCode } from '../../common/errors/api-error.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { DocumentReaderPool, ReadRefused, type DocumentReaderLimits, type ReadRefusal } from './document-reader-pool.js';

/**
 * Uploaded documents are read here, in the pool's worker threads, never on the request loop: a
 * file that takes too long or too much memory is one refused request (BAD_USER_INPUT on `file`),
 * a full pool answers SERVER_BUSY (503).
 */
@Injectable()
export class DocumentReaderService implements OnApplicationShutdown {
  private readonly pool: DocumentReaderPool;
  private readonly limits: DocumentReaderLimits;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.limits = config.documentReaders;
    this.pool = new DocumentReaderPool(this.limits);
  }

  async read(bytes: Uint8Array, fileName: string, options: ReadInputOptions): Promise<ReadInputResult> {
    try {
      return await this.pool.read({ bytes, fileName, options });
    } catch (error) {
      if (error instanceof ReadRefused) throw this.refusal(error.reason, fileName);
      throw error;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.close();
  }

  private refusal(reason: ReadRefusal, fileName: string): ApiError {
    const file = `文件“${fileName}”`;
    switch (reason) {
      case 'busy':
        return new ApiError(ApiErrorCode.ServerBusy, '服务器正忙于读取其他上传的文件，请稍后重试', { reason: 'busy' });
      case 'timeout':
        return ApiError.badInput('file', 'timeout', `${file}读取超时（超过 ${this.limits.timeoutMs / 1000} 秒）：文件内容过于庞大或复杂；自评表和评价报告通常 1 秒内即可读完`);
      case 'outOfMemory':
        return ApiError.badInput('file', 'tooComplex', `${file}过于庞大或复杂：读取所需内存超过上限（${this.limits.heapMb} MB），已停止读取`);
      case 'crashed':
        return ApiError.badInput('file', 'readerFailed', `${file}读取失败：读取线程意外退出。请重试；若仍失败，请联系管理员`);
    }
  }
}
