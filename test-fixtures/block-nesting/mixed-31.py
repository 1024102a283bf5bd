async def g():
 try:
  if x:
   async with x:
    for x in y:
     pass
    else:
     try:
      try:
       for x in y:
        pass
       else:
        async with x:
         while x:
          with x:
           try:
            pass
           except* E:
            try:
             pass
            except E:
             for x in y:
              pass
             else:
              async with x:
               async with x:
                if x:
                 try:
                  pass
                 finally:
                  try:
                   pass
                  except E:
                   try:
                    try:
                     pass
                    finally:
                     match x:
                      case 1:
                       try:
                        pass
                       except E:
                        for x in y:
                         pass
                   except* E:
                    pass
      except E:
       pass
      finally:
       pass
     finally:
      pass
 except E:
  pass
